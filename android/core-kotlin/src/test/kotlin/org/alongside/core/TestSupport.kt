package org.alongside.core

import org.junit.Assert.assertEquals
import org.junit.Assert.assertThrows
import org.junit.rules.ExternalResource
import org.junit.rules.TemporaryFolder
import java.io.File
import java.nio.file.Files
import java.time.Duration
import java.time.Instant

// Shared fixtures for the JVM tests of the generated Kotlin API.
//
// Every test uses fixed instants, never the real clock. London is on GMT in November, so
// the UTC instants below are also the local wall-clock times the assertions talk about.

/** Monday 23 November 2026, 09:00 in London. "Now" for most tests. */
val MONDAY_9AM: Instant = Instant.parse("2026-11-23T09:00:00Z")

/**
 * The time since the phone started at [MONDAY_9AM] (Android's `SystemClock.elapsedRealtime()`):
 * passcode pauses are measured on it as well as on the wall clock.
 */
val SINCE_BOOT: Duration = Duration.ofHours(3)

/** The passcode every test vault is created with. */
const val PASSCODE = "blue kettle 42"

fun at(iso: String): Instant = Instant.parse(iso)

fun Instant.plusMinutes(minutes: Long): Instant = plus(Duration.ofMinutes(minutes))

fun Instant.plusDays(days: Long): Instant = plus(Duration.ofDays(days))

/** A new vault (unlocked) in a fresh folder under [parent]. Costs one Argon2id calibration. */
fun newVault(parent: File, name: String = "vault"): Vault = Vault.create(File(parent, name).path, PASSCODE)

/**
 * One vault shared by the tests of a class (`@ClassRule`): created before the first test,
 * closed and deleted after the last. Creating a vault costs an Argon2id calibration, so
 * classes whose tests each work on their own records share one.
 */
class SharedVault : ExternalResource() {
    private val folder = TemporaryFolder()
    lateinit var vault: Vault
        private set

    override fun before() {
        folder.create()
        vault = newVault(folder.root)
    }

    override fun after() {
        vault.close()
        folder.delete()
    }
}

/**
 * A per-test copy of [SealedVault], unlocked at [MONDAY_9AM] and closed after the test,
 * with the test's own temporary folder ([dir]) for anything else it writes.
 */
class UnlockedVault : ExternalResource() {
    private val folder = TemporaryFolder()
    lateinit var vault: Vault
        private set
    val dir: File get() = folder.root

    override fun before() {
        folder.create()
        vault = Vault.open(SealedVault.copyTo(File(folder.root, "vault")))
        vault.unlock(PASSCODE, MONDAY_9AM, SINCE_BOOT)
    }

    override fun after() {
        vault.close()
        folder.delete()
    }
}

/**
 * One closed vault, made once per test run, holding a single appointment. Tests that need
 * a vault on disk copy its folder: a copy is a complete, independent vault (as a backup
 * would be), and copying skips the Argon2id calibration that every `Vault.create` pays.
 */
object SealedVault {
    private val template: File by lazy {
        val dir = Files.createTempDirectory("alongside-template").toFile()
        Runtime.getRuntime().addShutdownHook(Thread { dir.deleteRecursively() })
        val vaultDir = File(dir, "vault")
        appointmentIdHolder = Vault.create(vaultDir.path, PASSCODE).use { vault ->
            vault.addAppointment(appointmentDraft(title = "Booking appointment"), MONDAY_9AM)
        }
        vaultDir
    }
    private var appointmentIdHolder: String? = null

    /** The id of the one appointment in the vault. */
    val appointmentId: String
        get() {
            template
            return appointmentIdHolder!!
        }

    /** Copies the vault into [dest] (which must not exist yet) and returns its path. */
    fun copyTo(dest: File): String {
        template.copyRecursively(dest)
        return dest.path
    }
}

/** An appointment as she would enter it; only the fields a test cares about need naming. */
fun appointmentDraft(
    title: String = "Midwife check",
    start: String = "2026-11-24T10:00",
    kind: AppointmentKind = AppointmentKind.SPECIALIST_MIDWIFE,
    durationMinutes: UInt = 60u,
    timeZone: String? = null,
    location: String? = null,
    withWhom: String? = null,
    notes: String? = null,
    reminders: List<UInt> = emptyList(),
    repeat: Repeat? = null,
    venueId: String? = null,
): AppointmentDraft = AppointmentDraft(
    title = title,
    kind = kind,
    start = start,
    timeZone = timeZone,
    durationMinutes = durationMinutes,
    location = location,
    withWhom = withWhom,
    notes = notes,
    reminderMinutesBefore = reminders,
    repeat = repeat,
    venueId = venueId,
)

fun weekly(count: UInt, everyWeeks: UInt = 1u): Repeat = Repeat(everyWeeks = everyWeeks, end = RepeatEnd.Count(count))

/** Daily supervised methadone, collected at the pharmacy except on Sundays. */
fun methadoneDraft(
    startDate: String = "2026-11-01",
    amount: Double = 60.0,
    time: String = "09:00",
): MedicineDraft = MedicineDraft(
    kind = MedicineKind.METHADONE_ORAL_SOLUTION,
    name = null,
    amount = amount,
    eveningAmount = null,
    unit = DoseUnit.MG,
    schedule = DoseSchedule.Daily(time),
    collection = Collection.SUPERVISED_AT_PHARMACY,
    takeHomeDays = listOf(Weekday.SUNDAY),
    pharmacy = "High Street Pharmacy",
    startDate = startDate,
    endDate = null,
)

fun otherMedicineDraft(
    name: String?,
    amount: Double,
    unit: DoseUnit,
    schedule: DoseSchedule,
    startDate: String = "2026-11-01",
): MedicineDraft = MedicineDraft(
    kind = MedicineKind.OTHER,
    name = name,
    amount = amount,
    eveningAmount = null,
    unit = unit,
    schedule = schedule,
    collection = Collection.TAKE_HOME,
    takeHomeDays = emptyList(),
    pharmacy = null,
    startDate = startDate,
    endDate = null,
)

fun doseEntry(
    medicineId: String,
    date: String,
    status: DoseStatus,
    slot: DoseSlot = DoseSlot.ONLY,
    takenAt: Instant? = null,
    note: String? = null,
    amountTaken: Double? = null,
    confirmChange: Boolean = false,
): DoseEntry = DoseEntry(medicineId, date, slot, status, takenAt, note, amountTaken, confirmChange)

/** Asserts that [block] throws exactly the exception subclass [T] and returns it. */
inline fun <reified T : AlongsideException> assertRaises(noinline block: () -> Unit): T =
    assertThrows(T::class.java) { block() }

/** Asserts an InvalidInput naming [field] (the field, never the value she typed). */
fun assertInvalid(field: String, block: () -> Unit) {
    val e = assertRaises<AlongsideException.InvalidInput>(block)
    assertEquals("field named in the error", field, e.field)
}

/** The occurrences of one appointment series between two dates. */
fun Vault.occurrencesOf(id: String, from: String, to: String): List<Occurrence> =
    appointmentsBetween(from, to).filter { it.appointmentId == id }
