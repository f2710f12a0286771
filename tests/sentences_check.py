#!/usr/bin/env python3
"""One home for every sentence (docs/ARCHITECTURE.md "Sentences"). Run from the source root.

1. No Chinese text in a string literal of app/ outside the sentence catalogue
   (app/base/sentences/), except app/gui (Qt's tr() and its .ts), app/documents (the words of
   the documents the notice prescribes) and the format words listed in FORMAT_WORDS.
2. Every catalogue key the sources name exists: Text("key"), say("key"), a key chosen by ?:,
   and the key arguments of the functions that take one.
3. Every code crypto/ and policy/ raise by name has its "crypto.<code>" or "policy.<code>"
   entry.
4. The policy checker's words are data too (policy/wording/findings.json): no Chinese in a
   string literal of a rule but the notice's own values it compares with (POLICY_DATA), and
   every findingWords("key") it names exists.
5. Every catalogue entry is used: named in app/ or tests/, or built from a prefix the code
   builds keys from (help_, crypto., policy.).
Prints each problem with file and line, exits 1 if there is any.
"""
import json
import pathlib
import re
import subprocess
import sys

SOURCES = ("app/base", "app/bundle", "app/cli", "app/core", "app/intake", "app/store")
CATALOGUE = "app/base/sentences/"
# Words that are part of a format, not something said to a reader: the bag's folder and file
# names (spec/bundle.md "Payload"), the bundle's bilingual README.txt (written into every
# bundle), the reviewer name recorded when none was set, and the heading of each unit's block
# in the office's 汇总表 (a document); and 是, the answer the office clerk may type for yes.
FORMAT_WORDS = {
    "app/core/export_payload.cpp": ("照片/", "附件/", "授权/", "_证件照", "盖章版/推荐表/",
                                    "盖章版/汇总表.pdf", "盖章版/推荐工作情况报告.pdf"),
    "app/core/stamped_scan.cpp": ("盖章版/推荐表/", "盖章版/汇总表.pdf", "盖章版/推荐工作情况报告.pdf",
                                  "推荐表/", "汇总表.docx", "推荐工作情况报告.docx"),
    "app/core/form_files.cpp": ("照片/", "附件/"),
    "app/core/document_export.cpp": ("-文件", "附件/", "授权/", "盖章版/"),
    "app/core/review_record.cpp": ("授权/",),
    "app/core/grant_import.cpp": ("授权/",),
    "app/core/seal_plan.cpp": ("推荐表/", "汇总表.", "推荐工作情况报告."),
    "app/core/submission_documents.cpp": ("推荐表/", "汇总表.", "推荐工作情况报告."),
    "app/core/reviewer_name.cpp": ("保密审查员",),
    "app/core/office_export.cpp": ("留存/清单.json", "留存/来源清单.txt", "国防科工办推荐材料-",
                                   "盖章版/推荐表/", "盖章版/汇总表.pdf", "盖章版/推荐工作情况报告.pdf",
                                   "盖章版", "推荐表", "推荐表/", "汇总表.docx", "汇总表.xlsx",
                                   "汇总表.pdf", "推荐工作情况报告.docx", "推荐工作情况报告.pdf"),
    "app/core/office_summary.cpp": ("报送单位：", "，第", "版", "，复核有错误", "）"),
    "app/cli/office_command.cpp": ("是",),
    "app/bundle/bundle_writer.cpp": ("报送包", "单位", "活动", "版本", "封包时间", "接收方",
                                     "用标准工具核验", "公钥", "（baosong keys", "age 私钥"),
    "app/bundle/gm_bundle_writer.cpp": ("报送包", "单位", "活动", "版本", "封包时间", "接收方",
                                        "保密审查员密钥", "用 openssl 命令行核验", "私钥",
                                        "任何一项不符"),
}
# The values the checker compares a submission with, which are the notice's words: the five
# recommended areas and four disciplines of 附件1/附件2, 至今 (an open period), and the
# opinions' 同意推荐 / 不同意推荐.
POLICY_DATA = ("面向世界科技前沿", "面向经济主战场", "面向国家重大需求", "面向人民生命健康",
               "社会服务", "理", "工", "农", "医", "至今", "同意推荐", "不同意推荐")
KEY_TAKERS = (r"readInputText|readInputFile|positional|requireAcceptableNewPassphrase|"
              r"printKeyFingerprint|ioError|failAt|invalid|malformed|failed|mismatch|require|"
              r"pairProblem")
LITERAL = re.compile(r'"((?:[^"\\\n]|\\.)*)"')
HAN = re.compile(r"[\u4e00-\u9fff]")
KEY_SHAPE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)+$")


def tracked(prefixes):
    out = subprocess.run(["git", "ls-files", *prefixes], check=True, capture_output=True,
                         text=True).stdout.split()
    return [p for p in out if p.endswith((".cpp", ".h"))]


def code_only(text):
    """The text with comments blanked, so a comment's example is not taken for code."""
    text = re.sub(r"/\*.*?\*/", lambda m: re.sub(r"[^\n]", " ", m.group()), text, flags=re.S)
    return re.sub(r"//[^\n]*", "", text)


def main():
    problems = []
    catalogue = {}
    for path in tracked([CATALOGUE]):
        text = pathlib.Path(path).read_text(encoding="utf-8")
        for m in re.finditer(r'^\s*\{"([a-z][a-z0-9_.]*)",', text, re.M):
            catalogue[m.group(1)] = path
    if len(catalogue) < 300:
        problems.append(f"the catalogue in {CATALOGUE} was not read ({len(catalogue)} keys)")

    named = set()
    for path in tracked(SOURCES + ("app/gui", "app/documents")):
        if path.startswith(CATALOGUE):
            continue
        text = code_only(pathlib.Path(path).read_text(encoding="utf-8"))
        for line_no, line in enumerate(text.splitlines(), 1):
            if path.startswith(SOURCES):
                allowed = FORMAT_WORDS.get(path, ())
                for lit in LITERAL.findall(line):
                    if HAN.search(lit) and not any(w in lit for w in allowed):
                        problems.append(f"{path}:{line_no}: Chinese outside the catalogue: "
                                        f"\"{lit}\"")
        wanted = []
        wanted += re.findall(r'\bText\(\s*"([^"]+)"', text)
        wanted += re.findall(r'\bsay\(\s*"([^"]+)"', text)
        wanted += re.findall(r'\bText\([^;()]*?\?\s*"([^"]+)"\s*:\s*"([^"]+)"', text)
        for call in re.finditer(r"\b(?:" + KEY_TAKERS + r")\(([^;{}]*?)\)\s*[;),]", text):
            wanted += [lit for lit in LITERAL.findall(call.group(1)) if KEY_SHAPE.match(lit)]
        for key in wanted:
            for k in ([key] if isinstance(key, str) else key):
                named.add(k)
                if k not in catalogue and not k.startswith(("crypto.", "policy.")):
                    problems.append(f"{path}: names \"{k}\", which the catalogue lacks")

    # Every code crypto/ and policy/ raise by name is said through its library entry.
    for lib, error in (("crypto", "CryptoError"), ("policy", "ParseError")):
        for path in tracked((lib,)):
            text = pathlib.Path(path).read_text(encoding="utf-8")
            for code in re.findall(error + r'\(\s*"([a-z_0-9]+)"', text):
                if f"{lib}.{code}" not in catalogue:
                    problems.append(f"{path}: raises \"{code}\", which has no \"{lib}.{code}\" entry")

    words = json.loads(pathlib.Path("policy/wording/findings.json").read_text(encoding="utf-8"))
    finding_keys = set(words["words"])
    checker = [p for p in tracked(("policy",)) if re.search(
        r"policy/(\w+_rule|field_rules|submission_checker|scan/scanner)\.cpp$", p)]
    if len(checker) < 15:
        problems.append(f"the policy checker's files were not found ({len(checker)})")
    for path in checker:
        text = code_only(pathlib.Path(path).read_text(encoding="utf-8"))
        # A ParseError's words are the library's detail of a bad rule file, not a finding.
        prose = re.sub(r"ParseError\([^;]*;", lambda m: re.sub(r"[^\n]", " ", m.group()), text)
        for line_no, line in enumerate(prose.splitlines(), 1):
            for lit in LITERAL.findall(line):
                if HAN.search(lit) and lit not in POLICY_DATA:
                    problems.append(f"{path}:{line_no}: Chinese outside findings.json: \"{lit}\"")
        named_keys = re.findall(r'\bfindingWords\(\s*"([^"]+)"', text)
        for a, b in re.findall(r'\bfindingWords\([^;()]*?\?\s*"([^"]+)"\s*:\s*"([^"]+)"', text):
            named_keys += [a, b]
        for key in named_keys:
            if key not in finding_keys:
                problems.append(f"{path}: names \"{key}\", which findings.json lacks")

    used = set()
    for path in tracked(("app", "tests")):
        if path.startswith(CATALOGUE):
            continue
        used.update(LITERAL.findall(pathlib.Path(path).read_text(encoding="utf-8")))
    for key, path in sorted(catalogue.items()):
        if key not in used and not key.startswith(("help", "crypto.", "policy.")):
            problems.append(f"{path}: \"{key}\" is said nowhere")

    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
