#pragma once
// The words after a verb: positionals and --options, checked against what the verb takes.

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
    // The positional at index, or UsageError naming what is missing.
    const std::string& positional(std::size_t index, const char* what) const;
    void requirePositionals(std::size_t count) const;

  private:
    std::vector<std::string> positionals_;
    std::set<std::string> flags_;
    std::map<std::string, std::vector<std::string>> values_;
};

}  // namespace baosong::cli
