#pragma once
// The words after a verb: positionals and --options, checked against what the verb takes.
//
// Why not CLI11 (Debian's libcli11-dev): the grammar of cli.md is small (a verb, its
// positionals, --name VALUE, flags, a few repeatable options) and every refusal must be a
// usage error with exit 2 and a Chinese sentence that names the option (errors.md). CLI11
// writes its own English messages, exits through its own codes and accepts forms cli.md
// does not ("--name=VALUE", abbreviations, option groups), each of which would have to be
// turned off or translated; this class is the hundred lines that say exactly the grammar.

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace baosong::cli {

struct OptionSpec {
    std::set<std::string> withValue;  // e.g. "--campaign"
    std::set<std::string> flags;      // e.g. "--json"
    std::set<std::string> repeatable =
        {};  // options with a value that may come again ("--lexicon")
};

class Arguments {
  public:
    // Throws UsageError on an unknown option or a missing value.
    Arguments(const std::vector<std::string>& words, const OptionSpec& spec);

    const std::vector<std::string>& positionals() const noexcept { return positionals_; }
    bool flag(const std::string& name) const { return flags_.contains(name); }
    std::optional<std::string> value(const std::string& name) const;
    // Every value of a repeatable option, in the order given.
    std::vector<std::string> values(const std::string& name) const;
    // The positional at index, or UsageError naming what is missing (whatKey: its
    // catalogue key, "arg_vault" …).
    const std::string& positional(std::size_t index, const char* whatKey) const;
    void requirePositionals(std::size_t count) const;

  private:
    std::vector<std::string> positionals_;
    std::set<std::string> flags_;
    std::map<std::string, std::vector<std::string>> values_;
};

}  // namespace baosong::cli
