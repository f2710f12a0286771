#pragma once
// `baosong office candidates|opinion|decide` (cli.md): the office's review, 统一审核推荐.

#include "cli_context.h"

namespace baosong::cli {

int officeCandidates(CliContext& ctx);
int officeOpinion(CliContext& ctx);
int officeDecide(CliContext& ctx);

}  // namespace baosong::cli
