package org.alongside.app.ui

import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.focus.onFocusChanged
import androidx.compose.ui.semantics.error
import androidx.compose.ui.semantics.semantics
import org.alongside.core.FormField

/**
 * A text field of a core form: the core's label and hint, and the core's problem with it
 * shown beside it (and read out by TalkBack). [onLeave] runs when she leaves the field, so
 * the form can ask the core about the draft before she saves. [label] stands in for the
 * field's own when the core gives the words another way.
 */
@Composable
fun CoreTextField(
    field: FormField?,
    value: String,
    problem: String?,
    onChange: (String) -> Unit,
    onLeave: () -> Unit,
    singleLine: Boolean = true,
    label: String? = null,
    trailing: (@Composable () -> Unit)? = null,
) {
    var focused by remember { mutableStateOf(false) }
    val support = problem ?: field?.hint
    OutlinedTextField(
        value = value,
        onValueChange = onChange,
        label = { Text(label ?: field?.label.orEmpty()) },
        supportingText = if (support != null) {
            { Text(support) }
        } else {
            null
        },
        isError = problem != null,
        singleLine = singleLine,
        trailingIcon = trailing,
        modifier = Modifier
            .fillMaxWidth()
            .semantics { if (problem != null) error(problem) }
            .onFocusChanged {
                if (focused && !it.isFocused) onLeave()
                focused = it.isFocused
            },
    )
}

/** The heading of a group of choices in a core form, with the core's problem with it. */
@Composable
fun CoreChoicesHeading(field: FormField?, problem: String?) {
    Column {
        SectionHeading(field?.label.orEmpty())
        field?.hint?.let { Text(it, style = MaterialTheme.typography.bodyMedium) }
        problem?.let { ErrorMessage(it) }
    }
}
