#include "submission_owner.h"

#include "base/app_error.h"

namespace baosong::app {

void requireOwnSubmission(const policy::Submission& s, const VaultIdentity& id) {
    const auto mismatch = [](const char* whatKey, const std::string& got, const std::string& want) {
        return AppError(ErrorKind::BadInput, "submission_other_unit",
                        Text("submission_other_unit")
                            .with("what", Text(whatKey))
                            .with("got", got)
                            .with("want", want));
    };
    if (s.unit.id != id.unitId) {
        throw mismatch("field_unit_id", s.unit.id, id.unitId);
    }
    if (s.campaign != id.campaign) {
        throw mismatch("field_campaign", s.campaign, id.campaign);
    }
    if (s.channel != id.channel) {
        throw mismatch("field_channel", s.channel, id.channel);
    }
}

}  // namespace baosong::app
