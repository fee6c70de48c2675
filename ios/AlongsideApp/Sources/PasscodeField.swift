// A hidden passcode entry.
//
// Why this exists: setup and unlock treat the passcode the same way: masked, with no
// autocorrection or capitals, and not marked as a new password, so iOS does not offer to
// make one up and keep it in iCloud Keychain.
import SwiftUI

struct PasscodeField: View {
    let label: String
    @Binding var value: String
    var onSubmit: () -> Void = {}

    var body: some View {
        SecureField(label, text: $value)
            .textInputAutocapitalization(.never)
            .autocorrectionDisabled()
            .onSubmit(onSubmit)
            .textFieldStyle(.roundedBorder)
    }
}
