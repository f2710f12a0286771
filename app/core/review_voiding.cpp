#include "review_voiding.h"

#include <nlohmann/json.hpp>

#include "store/audit_log.h"
#include "store/review_store.h"

namespace baosong::app {

void voidSignOff(SqliteDatabase& db, const std::string& actor, const std::string& cause) {
    if (ReviewStore(db).removeSignOff()) {
        AuditLog(db).append(actor, "review.sign-off-voided",
                            nlohmann::json{{"cause", cause}}.dump());
    }
}

}  // namespace baosong::app
