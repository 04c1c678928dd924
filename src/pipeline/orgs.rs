//! The Genesys orgs a deployment serves, each with its own Genesys client (credentials, region,
//! tokens) and CRM webhook (docs/architecture.md, "Several orgs").

use std::collections::HashMap;

use crate::domain::ids::OrgId;

/// What the stages use for one org.
pub struct Org<G, C> {
    pub genesys: G,
    pub crm: C,
    /// Summaries marked for review go to a webhook of their own (for the audit record).
    pub review_webhook: bool,
    /// One of several orgs whose units keep the single-org keys (`singleOrgKeys`: the org the
    /// deployment served before it served several).
    pub single_org_keys: bool,
}

/// One org, or several routed by the org id in the event's source.
pub enum Orgs<G, C> {
    /// The `GENESYS_*` and `CRM_*` settings: every event is this org's, whatever its source
    /// says, and its unit of work is keyed by the conversation alone, as it always was.
    Single(Org<G, C>),
    /// `GENESYS_ORGS`: an event goes to the org its source names; one from any other org is
    /// rejected.
    Several(HashMap<OrgId, Org<G, C>>),
}

/// Where an event goes: the org's adapters, and the org its unit of work is filed under (none
/// for a single org).
pub struct Route<'a, G, C> {
    pub org: &'a Org<G, C>,
    pub unit_org: Option<&'a OrgId>,
}

impl<G, C> Orgs<G, C> {
    /// The route of an event from `org_id`; `None` when this deployment does not serve it.
    pub fn route(&self, org_id: Option<&OrgId>) -> Option<Route<'_, G, C>> {
        match self {
            Orgs::Single(org) => Some(Route {
                org,
                unit_org: None,
            }),
            Orgs::Several(orgs) => {
                let (id, org) = orgs.get_key_value(org_id?)?;
                Some(Route {
                    org,
                    unit_org: (!org.single_org_keys).then_some(id),
                })
            }
        }
    }

    /// Every org's adapters.
    pub fn iter(&self) -> impl Iterator<Item = &Org<G, C>> {
        let (single, several) = match self {
            Orgs::Single(org) => (Some(org), None),
            Orgs::Several(orgs) => (None, Some(orgs.values())),
        };
        single.into_iter().chain(several.into_iter().flatten())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn org(name: &'static str) -> Org<&'static str, ()> {
        Org {
            genesys: name,
            crm: (),
            review_webhook: false,
            single_org_keys: false,
        }
    }

    #[test]
    fn several_orgs_route_by_the_events_org_and_a_single_one_takes_every_event() {
        let (a, b) = (
            OrgId::parse("0f0e0d0c-0000-4000-8000-00000000000a").unwrap(),
            OrgId::parse("0f0e0d0c-0000-4000-8000-00000000000b").unwrap(),
        );
        let other = OrgId::parse("0f0e0d0c-0000-4000-8000-00000000000c").unwrap();
        let several = Orgs::Several(HashMap::from([
            (a.clone(), org("a")),
            (b.clone(), org("b")),
        ]));
        let to = |id: Option<&OrgId>| {
            several
                .route(id)
                .map(|r| (r.org.genesys, r.unit_org.cloned()))
        };
        assert_eq!(to(Some(&a)), Some(("a", Some(a.clone()))));
        assert_eq!(to(Some(&b)), Some(("b", Some(b.clone()))));
        assert_eq!(to(Some(&other)), None);
        assert_eq!(to(None), None);
        assert_eq!(several.iter().count(), 2);

        // The org that keeps the single-org keys is routed to, its units without the org.
        let kept = Orgs::Several(HashMap::from([(
            a.clone(),
            Org {
                single_org_keys: true,
                ..org("a")
            },
        )]));
        let route = kept.route(Some(&a)).unwrap();
        assert_eq!((route.org.genesys, route.unit_org), ("a", None));
        assert!(kept.route(Some(&b)).is_none());

        let single = Orgs::Single(org("only"));
        for id in [Some(&a), Some(&other), None] {
            let route = single.route(id).unwrap();
            assert_eq!((route.org.genesys, route.unit_org), ("only", None));
        }
        assert_eq!(single.iter().count(), 1);
    }
}
