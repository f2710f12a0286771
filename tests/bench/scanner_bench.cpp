// The scanner with every built-in rule plus a 10,000-word unit lexicon:
//   - throughput in MB/s on generated Chinese text of 1, 10 and 50 MB (linear time, and
//     the peak memory the run reached);
//   - a re-scan of one 2,000-character field (target: median under 1 ms);
//   - beside them, in the same process, RE2 alone matching the same 10,000 words over the
//     same text: the standard engine's floor for the keyword part of the work.

#include <benchmark/benchmark.h>
#include <re2/re2.h>
#include <sys/resource.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "bench_once.h"
#include "policy/scan/scanner.h"

namespace baosong {
namespace {

const std::vector<std::string>& sentences() {
    static const std::vector<std::string> list = {
        "他带领团队攻克厚板高强钢窄间隙焊接难题，使产品焊缝一次探伤合格率由91%提高到99.3%。",
        "近五年获授权发明专利12项，发表论文18篇，获自治区科学技术进步奖二等奖1项。",
        "他长期在西北某地参与某型装备试验，始终严守国家秘密，保密意识强。",
        "为保证节点，他连续奋战72小时，驱车600多公里赶到用户现场排除故障。",
        "他曾赴97621部队参与ＸＷ－７导弹试验，射程达一千五百公里。",
        "工作之余，他走进中小学开展科普讲座20余场，累计听众三千余人。",
        "样机工作在9.6GHz附近，当年交付240套设备。",
        "团队内部分工明确，他总结的“三查三比”工艺控制法写入企业标准。",
    };
    return list;
}

std::string corpus(std::size_t bytes) {
    std::string text;
    std::mt19937 random(7);
    while (text.size() < bytes) {
        text += sentences()[random() % sentences().size()];
        if (random() % 8 == 0) {
            text += "\n";
        }
    }
    return text;
}

// 10,000 made-up words of 2–4 common characters, as a unit's project and site names.
std::vector<policy::LexiconTerm> lexicon() {
    static const std::u32string pool =
        U"青鸾玄鸟金鹏天穹赤霄星河雷霆长风飞鹰苍龙神剑白石黑水红柳"
        U"沙漠戈壁草原北斗昆仑祁连贺兰阴山黄河远望巡天破晓晨光";
    std::mt19937 random(11);
    std::vector<policy::LexiconTerm> terms;
    while (terms.size() < 10000) {
        std::string word;
        const std::size_t length = 2 + random() % 3;
        for (std::size_t i = 0; i < length; ++i) {
            const char32_t c = pool[random() % pool.size()];
            word += static_cast<char>(0xE0 | (c >> 12));
            word += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            word += static_cast<char>(0x80 | (c & 0x3F));
        }
        terms.push_back({word + "号", terms.size() % 3 == 0 ? "GEO_LOCATION" : "PROJECT_CODE"});
    }
    return terms;
}

const policy::Scanner& scanner() {
    static const policy::Scanner instance(policy::builtInScanRules(), lexicon());
    return instance;
}

void BM_ScanText(benchmark::State& state) {
    const std::string text = corpus(static_cast<std::size_t>(state.range(0)) << 20);
    scanner();  // built before the clock runs: compiling the rules and lexicon is not scanning
    std::size_t flags = 0;
    std::size_t blocking = 0;  // with flags, shows a change to the scanner changed no result
    for (auto _ : state) {
        const auto found = scanner().scanText(text);
        flags = found.size();
        blocking = static_cast<std::size_t>(std::count_if(
            found.begin(), found.end(),
            [](const policy::ScanFlag& f) { return f.severity == policy::FlagSeverity::Block; }));
    }
    state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(text.size()));
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    state.counters["flags"] = static_cast<double>(flags);
    state.counters["blocking"] = static_cast<double>(blocking);
    state.counters["peak_rss_mib"] = static_cast<double>(usage.ru_maxrss) / 1024.0;
}
// 1, 10 and 50 MB, each the median of three runs; 1 MB, once, in a --once run.
BENCHMARK(BM_ScanText)
    ->Apply([](benchmark::internal::Benchmark* b) {
        for (const int megabytes :
             bench::once() ? std::vector<int>{1} : std::vector<int>{1, 10, 50}) {
            b->Arg(megabytes);
        }
    })
    ->Iterations(1)
    // The median of three, as one pass over 10 MB takes well under a second.
    ->Repetitions(bench::once() ? 1 : 3)
    ->Unit(benchmark::kMillisecond);

void BM_Re2LexiconAlone(benchmark::State& state) {
    const std::string text = corpus(std::size_t{1} << 20);
    std::string pattern;
    for (const auto& term : lexicon()) {
        pattern += (pattern.empty() ? "" : "|") + RE2::QuoteMeta(term.term);
    }
    RE2::Options options;
    options.set_max_mem(int64_t{256} << 20);
    options.set_longest_match(true);
    const RE2 re(pattern, options);
    for (auto _ : state) {
        re2::StringPiece input(text);
        std::size_t matches = 0;
        while (RE2::FindAndConsume(&input, re)) {
            ++matches;
        }
        benchmark::DoNotOptimize(matches);
    }
    state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_Re2LexiconAlone)->Unit(benchmark::kMillisecond);

void BM_RescanField(benchmark::State& state) {
    std::string field;
    for (std::size_t i = 0; field.size() < 6000; ++i) {  // ~2,000 characters
        field += sentences()[i % sentences().size()];
    }
    scanner().scanField(field);
    for (auto _ : state) {
        benchmark::DoNotOptimize(scanner().scanField(field, {0, "deeds"}));
    }
}
BENCHMARK(BM_RescanField)->Repetitions(9)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace baosong

BENCHMARK_MAIN();
