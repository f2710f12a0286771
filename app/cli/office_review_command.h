#pragma once
// `baosong office candidates|opinion|decide|export|set-check` (cli.md): the office's review,
// 统一审核推荐, and the set it sends on to 内蒙古科协.

#include "cli_context.h"

namespace baosong::cli {

int officeCandidates(CliContext& ctx);
int officeOpinion(CliContext& ctx);
int officeDecide(CliContext& ctx);
int officeExport(CliContext& ctx);
int officeSetCheck(CliContext& ctx);

}  // namespace baosong::cli
