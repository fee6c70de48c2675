//! Who can receive a request for support: care-team members she paired with, and services
//! in her installed directory that publish a request inbox. A service's keys are taken only
//! from the directory, which the app installs only when its signature checks out, so she
//! can reach a service without pairing and without trusting keys from anywhere else.

use alongside_protocol::invite::Invite;
use rusqlite::{params, Connection, OptionalExtension};

use super::request::SupportRecipient;
use crate::content::text;
use crate::error::{AlongsideError, Result};
use crate::free_text;
use crate::sharing::contacts::{self, StoredContact};

/// Someone she can send a request to.
#[derive(Debug, Clone, PartialEq, uniffi::Record, serde::Serialize)]
pub struct SupportRecipientOption {
    pub recipient: SupportRecipient,
    /// "Maya Okafor (specialist midwife)" or the service's name.
    pub name: String,
    /// "Your care team" or the service's organisation and what it offers.
    pub description: String,
    /// True for a service from the directory (no pairing needed).
    pub from_directory: bool,
    /// True when the directory is made-up sample data.
    pub sample: bool,
}

/// A directory service that takes requests, as stored.
struct DirService {
    name: String,
    organisation: String,
    invite: String,
}

fn dir_service(conn: &Connection, service_id: &str) -> Result<Option<DirService>> {
    Ok(conn
        .query_row(
            "SELECT name, organisation, requests FROM dir_services WHERE id = ?1 AND requests IS NOT NULL",
            [service_id],
            |r| {
                Ok(DirService {
                    name: free_text::line(r.get(0)?),
                    organisation: free_text::line(r.get(1)?),
                    invite: r.get(2)?,
                })
            },
        )
        .optional()?)
}

/// Everyone she can send a request to: paired members whose keys she has not seen change,
/// then services that take requests, by name.
pub(crate) fn options(conn: &Connection) -> Result<Vec<SupportRecipientOption>> {
    let mut out: Vec<SupportRecipientOption> = contacts::paired(conn)?
        .into_iter()
        .filter(|c| !c.frozen)
        .map(|c| SupportRecipientOption {
            recipient: SupportRecipient::CareContact {
                contact_id: c.id.clone(),
            },
            name: c.display(),
            description: text("support-recipient-care-team", &[]),
            from_directory: false,
            sample: false,
        })
        .collect();
    let sample = crate::services::store::is_sample(conn)?;
    // In support mode, no service about a baby being there is offered.
    let support_mode = super::status::support_mode(conn)?;
    let mut stmt = conn.prepare_cached(
        "SELECT id, name, organisation, category FROM dir_services \
         WHERE requests IS NOT NULL AND NOT (?1 AND baby_centred) ORDER BY name, id",
    )?;
    let rows: Vec<(String, String, String, String)> = stmt
        .query_map([support_mode], |r| {
            Ok((
                r.get(0)?,
                free_text::line(r.get(1)?),
                free_text::line(r.get(2)?),
                r.get(3)?,
            ))
        })?
        .collect::<rusqlite::Result<_>>()?;
    for (id, name, organisation, category) in rows {
        out.push(SupportRecipientOption {
            recipient: SupportRecipient::DirectoryService { service_id: id },
            name,
            description: describe(&organisation, &category),
            from_directory: true,
            sample,
        });
    }
    Ok(out)
}

fn describe(organisation: &str, category: &str) -> String {
    let what = crate::services::model::Category::from_code(category)
        .map(|c| c.label())
        .unwrap_or_default();
    text(
        "support-recipient-service",
        &[("organisation", organisation.into()), ("what", what.into())],
    )
}

/// A recipient, checked: a paired member, or a directory service with the invite its
/// signed directory gives.
pub(crate) enum Checked {
    Contact(StoredContact),
    Service {
        service_id: String,
        name: String,
        organisation: String,
        invite: Invite,
    },
}

impl Checked {
    /// The recipient as she knows them.
    pub fn name(&self) -> String {
        match self {
            Checked::Contact(c) => c.display(),
            Checked::Service { name, .. } => name.clone(),
        }
    }
}

/// Checks a recipient without changing anything: a paired member whose keys have not
/// changed, or a service whose request inbox is in her installed (so validly signed)
/// directory.
pub(crate) fn check(conn: &Connection, r: &SupportRecipient) -> Result<Checked> {
    match r {
        SupportRecipient::CareContact { contact_id } => {
            let c = contacts::load(conn, contact_id)?;
            if c.directory_service.is_some() {
                return Err(AlongsideError::not_found("care team contact"));
            }
            if c.frozen {
                return Err(AlongsideError::refused("recipient", "error-contact-keys-changed-send"));
            }
            Ok(Checked::Contact(c))
        }
        SupportRecipient::DirectoryService { service_id } => {
            let s = dir_service(conn, service_id)?
                .ok_or_else(|| AlongsideError::refused("recipient", "error-service-takes-no-requests"))?;
            // Checked again here, not only at import: a request is only ever sealed to keys
            // a valid signature vouches for.
            let invite = Invite::decode(&s.invite)
                .map_err(|_| AlongsideError::refused("recipient", "error-service-untrusted"))?;
            Ok(Checked::Service {
                service_id: service_id.clone(),
                name: s.name,
                organisation: s.organisation,
                invite,
            })
        }
    }
}

/// The contact a request goes to. A directory service becomes a contact the first time
/// she writes to it, with the keys the signed directory gives; a newer directory's keys
/// replace them, since they come from the same trusted publisher.
pub(crate) fn resolve(conn: &Connection, checked: Checked, now: i64) -> Result<StoredContact> {
    let (service_id, name, organisation, invite) = match checked {
        Checked::Contact(c) => return Ok(c),
        Checked::Service {
            service_id,
            name,
            organisation,
            invite,
        } => (service_id, name, organisation, invite),
    };
    let signing_key = invite.member.signing.to_base64();
    let box_key = invite.member.sealing.to_base64();
    let inbox_id = invite.inbox.to_hex();
    if let Some(c) = contacts::for_service(conn, &service_id)? {
        conn.execute(
            "UPDATE care_contacts SET name = ?2, role = ?3, relay_url = ?4, inbox_id = ?5, signing_key = ?6,
                 box_key = ?7, updated_at = ?8 WHERE id = ?1",
            params![
                c.id,
                name,
                organisation,
                invite.relay_url,
                inbox_id,
                signing_key,
                box_key,
                now
            ],
        )?;
        return contacts::load(conn, &c.id);
    }
    let c = StoredContact {
        id: uuid::Uuid::new_v4().to_string(),
        name,
        role: organisation,
        relay_url: invite.relay_url,
        inbox_id,
        signing_key,
        box_key,
        verified: false,
        frozen: false,
        added_at: now,
        directory_service: Some(service_id),
    };
    contacts::insert(conn, &c)?;
    Ok(c)
}
