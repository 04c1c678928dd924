//! `genesys-sim [--port N] [--client-id ID] [--client-secret S] [--signing-secret S]`: runs the
//! Genesys Cloud and CRM stand-in until interrupted. Prints `listening on http://ADDR` first.

use std::net::SocketAddr;

use genesys_sim::{SimOptions, spawn};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut options = SimOptions::default();
    let mut port = 0u16;
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let mut value = || args.next().ok_or_else(|| format!("{flag} needs a value"));
        match flag.as_str() {
            "--port" => port = value()?.parse()?,
            "--client-id" => options.client_id = value()?,
            "--client-secret" => options.client_secret = value()?,
            "--signing-secret" => options.signing_secret = Some(value()?),
            "--help" | "-h" => {
                println!(
                    "genesys-sim [--port N] [--client-id ID] [--client-secret S] [--signing-secret S]"
                );
                return Ok(());
            }
            other => return Err(format!("unknown argument {other}").into()),
        }
    }
    let handle = spawn(options, SocketAddr::from(([127, 0, 0, 1], port))).await?;
    println!("listening on {}", handle.url());
    tokio::signal::ctrl_c().await?;
    Ok(())
}
