package org.alongside.app

import org.junit.Assert.assertEquals
import org.junit.Assert.assertNull
import org.junit.Test
import java.time.LocalDate
import java.time.LocalTime

// The date pickers only help her fill a field in the form the core takes.
class DateTimeTextTest {
    @Test
    fun a_picked_date_and_time_fill_the_field_in_the_form_the_core_takes() {
        assertEquals("2026-11-24T09:05", DateTimeText.format(LocalDate.of(2026, 11, 24), LocalTime.of(9, 5)))
        assertEquals("2026-11-24", DateTimeText.format(LocalDate.of(2026, 11, 24), null))
    }

    @Test
    fun the_picker_starts_on_what_the_field_holds_and_on_nothing_when_it_holds_no_date() {
        assertEquals(LocalDate.of(2026, 11, 24), DateTimeText.date(" 2026-11-24T10:30 "))
        assertEquals(LocalTime.of(10, 30), DateTimeText.time("2026-11-24T10:30"))
        assertNull(DateTimeText.time("2026-11-24"))
        assertNull(DateTimeText.date("next Tuesday"))
        assertNull(DateTimeText.date(""))
        assertNull(DateTimeText.time("2026-11-24T25:99"))
    }
}
