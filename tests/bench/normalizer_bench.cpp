// The scanner's normaliser on one 2,000-character field (the target is a whole re-scan
// under 1 ms, so the GUI can re-scan on every keystroke), beside ICU's NFKC alone on the
// same text in the same process. tests/bench/run prints the ratio.

#include <benchmark/benchmark.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "policy/scan/text_normalizer.h"

namespace baosong {
namespace {

// About 2,000 characters in the style of 主要事迹, with the evasions the normaliser undoes.
std::string field() {
    const std::string sentence =
        "他带领团队完成ＪＨ－７改进型试验，射程一千五百公里，絕密資料由9 1 3 7 6部隊保管，"
        "秘\u200B密★十年。坚持把论文写在祖国大地上，累计培养青年骨干二十余人。";
    std::string text;
    while (text.size() < 6000) {  // ~3 bytes a character
        text += sentence;
    }
    return text;
}

void BM_IcuNfkcAlone(benchmark::State& state) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
    const icu::UnicodeString text = icu::UnicodeString::fromUTF8(field());
    for (auto _ : state) {
        benchmark::DoNotOptimize(nfkc->normalize(text, status));
    }
}
BENCHMARK(BM_IcuNfkcAlone)->Unit(benchmark::kMicrosecond);

void BM_ScanNormalizer(benchmark::State& state) {
    const policy::TextNormalizer normalizer;
    const std::string text = field();
    normalizer.normalize(text);  // OpenCC's per-character cache warms once per process
    for (auto _ : state) {
        benchmark::DoNotOptimize(normalizer.normalize(text));
    }
    state.counters["characters"] = static_cast<double>(normalizer.normalize(text).text.size());
}
BENCHMARK(BM_ScanNormalizer)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace baosong

BENCHMARK_MAIN();
