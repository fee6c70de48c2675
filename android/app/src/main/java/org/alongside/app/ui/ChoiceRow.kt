package org.alongside.app.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.selection.selectable
import androidx.compose.foundation.selection.toggleable
import androidx.compose.material3.Checkbox
import androidx.compose.material3.RadioButton
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.unit.dp

/**
 * One choice in a form: a radio button (one of several) or a checkbox (any of several)
 * with its label, the whole row tappable.
 *
 * Why this exists: the support form and the breastfeeding questions ask the same way, and a
 * screen reader should say "selected" or "ticked" with the label on both.
 */
@Composable
fun ChoiceRow(label: String, selected: Boolean, radio: Boolean = false, onClick: () -> Unit) {
    // At least 48 dp tall, growing with the text: the whole row is the touch target.
    val row = Modifier.fillMaxWidth().heightIn(min = 48.dp).padding(vertical = 4.dp)
    Row(
        verticalAlignment = Alignment.CenterVertically,
        horizontalArrangement = Arrangement.spacedBy(12.dp),
        modifier = if (radio) {
            row.selectable(selected = selected, role = Role.RadioButton, onClick = onClick)
        } else {
            row.toggleable(value = selected, role = Role.Checkbox, onValueChange = { onClick() })
        },
    ) {
        if (radio) RadioButton(selected = selected, onClick = null) else Checkbox(checked = selected, onCheckedChange = null)
        Text(label)
    }
}
