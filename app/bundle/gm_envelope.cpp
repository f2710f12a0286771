#include "gm_envelope.h"

namespace baosong::app::bundle {

std::string gmMarkerText(std::string_view officeFingerprint) {
    return "baosong-gm/1\nrecipient " + std::string(officeFingerprint) + "\n";
}

}  // namespace baosong::app::bundle
