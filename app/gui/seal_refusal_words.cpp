#include "seal_refusal_words.h"

namespace baosong::gui {

app::Text guiRefusal(const app::SealRefusal& refusal) {
    return app::refusalWithAction(
        refusal, {"refusal_gui_policy_errors", "refusal_gui_flags", "refusal_gui_items",
                  "refusal_gui_sign_off", "refusal_gui_office_keys"});
}

}  // namespace baosong::gui
