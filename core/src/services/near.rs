//! Venues near a point, nearest first. The point (her location, if she shares it with the
//! app) is only ever used here, on the phone: nothing about it is stored or sent.

use rusqlite::Connection;

use super::model::VenueDistance;
use super::store;
use crate::content::text;
use crate::error::{AlongsideError, Result};

const EARTH_RADIUS_KM: f64 = 6371.0088;
/// The most venues one call returns.
pub const MAX_LIMIT: u32 = 200;

/// Great-circle distance in kilometres (haversine).
pub fn haversine_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = p2 - p1;
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_KM * a.sqrt().min(1.0).asin()
}

/// "0.8 km", "12 km".
pub fn distance_label(km: f64) -> String {
    let shown = if km < 10.0 {
        format!("{:.1}", km)
    } else {
        format!("{:.0}", km)
    };
    text("directory-distance-km", &[("km", shown.into())])
}

/// Refuses a point that is not on the globe, before anything is measured from it.
pub(crate) fn check_point(latitude: f64, longitude: f64) -> Result<()> {
    if !(latitude.is_finite() && (-90.0..=90.0).contains(&latitude)) {
        return Err(AlongsideError::refused_with(
            "latitude",
            "error-between",
            &[("min", (-90).into()), ("max", 90.into())],
        ));
    }
    if !(longitude.is_finite() && (-180.0..=180.0).contains(&longitude)) {
        return Err(AlongsideError::refused_with(
            "longitude",
            "error-between",
            &[("min", (-180).into()), ("max", 180.into())],
        ));
    }
    Ok(())
}

pub(crate) fn venues_near(conn: &Connection, latitude: f64, longitude: f64, limit: u32) -> Result<Vec<VenueDistance>> {
    check_point(latitude, longitude)?;
    if limit == 0 || limit > MAX_LIMIT {
        return Err(AlongsideError::invalid(
            "limit",
            &crate::content::text("error-places-limit", &[("max", MAX_LIMIT.into())]),
        ));
    }
    let sample = store::is_sample(conn)?;
    let mut out: Vec<VenueDistance> = store::venues(conn)?
        .into_values()
        .map(|v| {
            let km = haversine_km(latitude, longitude, v.latitude, v.longitude);
            VenueDistance {
                venue: v,
                distance_km: km,
                distance_label: distance_label(km),
                sample,
            }
        })
        .collect();
    out.sort_by(|a, b| {
        a.distance_km
            .total_cmp(&b.distance_km)
            .then_with(|| a.venue.id.cmp(&b.venue.id))
    });
    out.truncate(limit as usize);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn london_to_manchester_is_about_262_km() {
        let km = haversine_km(51.5074, -0.1278, 53.4808, -2.2426);
        assert!((km - 262.0).abs() < 2.0, "{km}");
        assert_eq!(haversine_km(53.0, -1.5, 53.0, -1.5), 0.0);
        assert_eq!(distance_label(0.84), "0.8 km");
        assert_eq!(distance_label(12.4), "12 km");
    }
}
