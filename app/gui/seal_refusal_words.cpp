#include "seal_refusal_words.h"

namespace baosong::gui {

app::Text guiRefusal(const app::SealRefusal& refusal) {
    using Reason = app::SealRefusal::Reason;
    const char* action = "refusal_gui_sign_off";
    switch (refusal.reason) {
        case Reason::PolicyErrors:
            action = "refusal_gui_policy_errors";
            break;
        case Reason::BlockingFlags:
        case Reason::OpenFlags:
            action = "refusal_gui_flags";
            break;
        case Reason::OpenItems:
            action = "refusal_gui_items";
            break;
        case Reason::NoOfficeKeys:
            action = "refusal_gui_office_keys";
            break;
        case Reason::NotSignedOff:
        case Reason::SignOffVoid:
            break;
    }
    return app::Text("refusal_with_action")
        .with("what", refusal.what)
        .with("action", app::Text(action));
}

}  // namespace baosong::gui
