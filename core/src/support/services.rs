//! Services for a mother whose baby is not with her, from the installed directory,
//! nearest first when she gives a point. The point is used on the phone only: it is never
//! stored or sent.
//!
//! The categories, and why: support after children are taken into care (the services made
//! for this); legal advice and advocacy (family rights: family time, care plans, court);
//! peer support and community groups (women said being with others who have been through
//! it helps most, and support often stops after removal); perinatal mental health (her
//! risk rises in these weeks, and she is still a postnatal patient they can see). Crisis
//! lines are always one tap away through `crisis_help`, so they are not repeated here.
//! Services about a baby being there (a buggy walk, a group to bring her baby to) are never
//! listed: the directory marks them, and offering them now would hurt.

use crate::error::Result;
use crate::services::model::{Category, ServiceQuery, ServiceResult, VenueSummary};
use crate::services::{near, search, store};
use crate::vault::Vault;

/// The directory categories shown for support after a baby is taken into care.
pub const SUPPORT_CATEGORIES: [Category; 4] = [
    Category::SupportAfterRemoval,
    Category::LegalAdviceAndAdvocacy,
    Category::PeerSupportAndCommunityGroups,
    Category::PerinatalMentalHealth,
];

/// A point on the map (her location, if she chooses to give it).
#[derive(Debug, Clone, Copy, PartialEq, uniffi::Record)]
pub struct GeoPoint {
    pub latitude: f64,
    pub longitude: f64,
}

/// One service, with the place it meets that is nearest her (or its first place when she
/// gave no point).
#[derive(Debug, Clone, PartialEq, uniffi::Record, serde::Serialize)]
pub struct SupportService {
    pub service: ServiceResult,
    /// `None` for a service with no regular place (a phone line, say).
    pub place: Option<VenueSummary>,
    pub distance_km: Option<f64>,
    /// "0.8 km away", when she gave a point and the service has a place.
    pub distance_label: Option<String>,
}

#[uniffi::export]
impl Vault {
    /// Services for support after a baby is taken into care, family rights advice, peer
    /// groups and perinatal mental health. With `near`, ordered by the distance of each
    /// service's nearest place (services with no place last); without, by name. Empty
    /// when no directory is installed. A point off the globe is refused with
    /// `InvalidInput`.
    pub fn support_services(&self, near: Option<GeoPoint>) -> Result<Vec<SupportService>> {
        if let Some(p) = near {
            near::check_point(p.latitude, p.longitude)?;
        }
        self.read(|conn| {
            let query = ServiceQuery {
                text: None,
                categories: SUPPORT_CATEGORIES.to_vec(),
                open_at: None,
                on_date: None,
                drop_in_only: false,
                self_referral_only: false,
            };
            let venues = store::venues(conn)?;
            let mut out: Vec<SupportService> = search::run(conn, &query, &[])?
                .into_iter()
                .filter(|service| !service.baby_centred)
                .map(|service| {
                    let mut places = service.sessions.iter().filter_map(|s| venues.get(&s.venue_id));
                    let (place, km) = match near {
                        Some(p) => places
                            .map(|v| (v, near::haversine_km(p.latitude, p.longitude, v.latitude, v.longitude)))
                            .min_by(|a, b| a.1.total_cmp(&b.1))
                            .map_or((None, None), |(v, km)| (Some(v.clone()), Some(km))),
                        None => (places.next().cloned(), None),
                    };
                    SupportService {
                        distance_label: km.map(|k| {
                            crate::content::text(
                                "support-services-near",
                                &[("distance", near::distance_label(k).into())],
                            )
                        }),
                        distance_km: km,
                        place,
                        service,
                    }
                })
                .collect();
            // Search gives them by name; with a point, nearest first and the rest after.
            if near.is_some() {
                out.sort_by(|a, b| match (a.distance_km, b.distance_km) {
                    (Some(x), Some(y)) => x.total_cmp(&y),
                    (Some(_), None) => std::cmp::Ordering::Less,
                    (None, Some(_)) => std::cmp::Ordering::Greater,
                    (None, None) => std::cmp::Ordering::Equal,
                });
            }
            Ok(out)
        })
    }
}
