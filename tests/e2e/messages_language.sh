# Messages follow the user's locale (the first non-empty of LC_ALL,
# LC_MESSAGES, LANG) or --lang; the prefix "error:"/"warning:" and key paths
# stay the same in both languages. Also the summary lines of --check and of a
# render with warnings, in both languages, singular and plural.
source "$(dirname "$0")/lib.bash"
unset LC_ALL LC_MESSAGES LANG

# in_locale LC_ALL LC_MESSAGES LANG COMMAND...: COMMAND with exactly those
# locale variables set (empty means unset).
in_locale() {
  local all=$1 messages=$2 lang=$3; shift 3
  local vars=()
  [[ -z $all ]] || vars+=("LC_ALL=$all")
  [[ -z $messages ]] || vars+=("LC_MESSAGES=$messages")
  [[ -z $lang ]] || vars+=("LANG=$lang")
  env -u LC_ALL -u LC_MESSAGES -u LANG "${vars[@]}" "$@"
}

# A guide with two errors and one warning, and one with one warning only.
bad="$TEST_TMP/bad.yaml"
printf 'title: 测试\ntitel: x\nroles:\n  - id: a\n    title: 甲\n    summary: 说明。\n    salary: lots\n  - id: a\n    title: 乙\n    summary: 说明。\n' >"$bad"
warned="$TEST_TMP/warned.yaml"
# One warning only (the unknown key): a role the advice pass finds nothing to say about.
printf 'title: 测试\ntitel: x\nroles:\n  - id: a\n    title: 甲\n    summary: 第一句说明。第二句说明。\n    skills: [沟通]\n    getting_started: 先试试。\n' >"$warned"
pdf="$TEST_TMP/out.pdf"
english_error="$bad:7:13: error: roles[0].salary: expected a number (got \"lots\")"
chinese_error="$bad:7:13: error: roles[0].salary: 应为数字，实际为 \"lots\""

# language_of LC_ALL LC_MESSAGES LANG [OPTION...]: "en" or "zh", from the
# message the program prints for $bad.
language_of() {
  local all=$1 messages=$2 lang=$3; shift 3
  local rc=0
  in_locale "$all" "$messages" "$lang" "$CAREERGUIDE" "$bad" -o "$pdf" "$@" \
    >"$TEST_TMP/out" 2>"$TEST_TMP/err" || rc=$?
  [[ $rc -eq 1 ]] || fail "exit $rc for LC_ALL=$all LC_MESSAGES=$messages LANG=$lang $*"
  if grep -qxF "$english_error" "$TEST_TMP/err"; then echo en
  elif grep -qxF "$chinese_error" "$TEST_TMP/err"; then echo zh
  else cat "$TEST_TMP/err" >&2; fail "neither language's message for LANG=$lang $*"; fi
}
check_language() {  # check_language WANT LC_ALL LC_MESSAGES LANG [OPTION...]
  local want=$1; shift
  local got
  got=$(language_of "$@")
  [[ $got == "$want" ]] || fail "expected $want, got $got for LC_ALL=$1 LC_MESSAGES=$2 LANG=$3 ${*:4}"
}

# Locale precedence, POSIX order; anything not starting with "zh" is English.
check_language en "" "" ""
check_language en "" "" C
check_language en "" "" POSIX
check_language en "" "" en_US.UTF-8
check_language zh "" "" zh_CN.UTF-8
check_language zh "" "" zh_TW.UTF-8
check_language zh "" zh_CN.UTF-8 en_US.UTF-8   # LC_MESSAGES beats LANG
check_language en "" en_US.UTF-8 zh_CN.UTF-8
check_language en C zh_CN.UTF-8 zh_CN.UTF-8    # LC_ALL beats both
check_language zh zh_CN.UTF-8 C C
# --lang overrides the locale, in any case; the last one given counts.
check_language en "" "" zh_CN.UTF-8 --lang en
check_language zh "" "" C --lang zh-CN
check_language zh "" "" C --lang=zh
check_language zh "" "" C --lang ZH-cn
check_language en "" "" C --lang zh --lang en

# An unknown --lang is a usage error, in the language of the locale.
rc=0; in_locale "" "" C "$CAREERGUIDE" --lang fr >/dev/null 2>"$TEST_TMP/err" || rc=$?
[[ $rc -eq 2 ]] || fail "--lang fr: exit $rc"
printf '%s\n' 'careerguide: error: --lang: expected zh-CN, zh or en (got "fr")' \
  "Run 'careerguide --help' for the options." | cmp -s - "$TEST_TMP/err" || { cat "$TEST_TMP/err" >&2; fail "--lang fr in English"; }
rc=0; in_locale "" "" zh_CN.UTF-8 "$CAREERGUIDE" --lang fr >/dev/null 2>"$TEST_TMP/err" || rc=$?
[[ $rc -eq 2 ]] || fail "--lang fr under zh: exit $rc"
printf '%s\n' 'careerguide: error: --lang：应为 zh-CN、zh 或 en，实际为 "fr"' \
  "运行 'careerguide --help' 查看所有选项。" | cmp -s - "$TEST_TMP/err" || { cat "$TEST_TMP/err" >&2; fail "--lang fr in Chinese"; }
# A usage error before --lang is already in --lang's language.
rc=0; in_locale "" "" C "$CAREERGUIDE" --papr a4 --lang zh >/dev/null 2>"$TEST_TMP/err" || rc=$?
expect_in "$TEST_TMP/err" 'careerguide: error: 未知的选项 "--papr"（是否想写 "--paper"？）'

# --help in both languages, on stdout.
in_locale "" "" C "$CAREERGUIDE" --help >"$TEST_TMP/help.en"
in_locale "" "" zh_CN.UTF-8 "$CAREERGUIDE" --help >"$TEST_TMP/help.zh"
expect_in "$TEST_TMP/help.en" "Usage: careerguide [DATA.yaml]"
expect_in "$TEST_TMP/help.en" "--lang zh-CN|en"
expect_in "$TEST_TMP/help.zh" "用法：careerguide [DATA.yaml]"
expect_in "$TEST_TMP/help.zh" "--lang zh-CN|en       提示信息的语言"
! grep -q "Turns a YAML" "$TEST_TMP/help.zh" || fail "the Chinese --help has English text"
"$CAREERGUIDE" --help --lang zh | cmp -s - "$TEST_TMP/help.zh" || fail "--help --lang zh differs"

# The wrote line and the summary after a render with warnings, in both.
in_locale "" "" C "$CAREERGUIDE" "$warned" -o "$pdf" >"$TEST_TMP/out" 2>"$TEST_TMP/err"
expect_in "$TEST_TMP/err" "$warned:2:1: warning: titel: unknown key (did you mean \"title\"?)"
grep -qE "^wrote $pdf \([0-9]+ pages, [0-9]+ KB\)$" "$TEST_TMP/out" || { cat "$TEST_TMP/out" >&2; fail "English wrote line"; }
[[ $(tail -n 1 "$TEST_TMP/out") == "1 warning" ]] || fail "English summary: $(cat "$TEST_TMP/out")"
in_locale "" "" zh_CN.UTF-8 "$CAREERGUIDE" "$warned" -o "$pdf" >"$TEST_TMP/out" 2>"$TEST_TMP/err"
expect_in "$TEST_TMP/err" "$warned:2:1: warning: titel: 未知的字段（是否想写 \"title\"？）"
grep -qE "^已写入 $pdf（[0-9]+ 页，[0-9]+ KB）$" "$TEST_TMP/out" || { cat "$TEST_TMP/out" >&2; fail "Chinese wrote line"; }
[[ $(tail -n 1 "$TEST_TMP/out") == "1 个警告" ]] || fail "Chinese summary: $(cat "$TEST_TMP/out")"
# A render without problems prints no summary; --quiet prints none at all.
in_locale "" "" C "$CAREERGUIDE" data/roles-en.yaml -o "$pdf" >"$TEST_TMP/out"
[[ $(wc -l <"$TEST_TMP/out") -eq 1 ]] || fail "a clean render printed more than its wrote line: $(cat "$TEST_TMP/out")"
in_locale "" "" C "$CAREERGUIDE" "$warned" -o "$pdf" --quiet >"$TEST_TMP/out"
[[ ! -s $TEST_TMP/out ]] || fail "--quiet printed: $(cat "$TEST_TMP/out")"

# --check's summary: errors and warnings counted, singular and plural, or no problems.
check_summary() {  # check_summary LANG DATA EXIT WANT-FIRST-LINE WANT-LAST-LINE
  local rc=0
  in_locale "" "" "$1" "$CAREERGUIDE" "$2" --check >"$TEST_TMP/out" 2>"$TEST_TMP/err" || rc=$?
  [[ $rc -eq $3 ]] || fail "--check $2 under $1: exit $rc"
  [[ $(head -n 1 "$TEST_TMP/out") == "$4" && $(tail -n 1 "$TEST_TMP/out") == "$5" ]] ||
    fail "--check $2 under $1 printed: $(cat "$TEST_TMP/out")"
}
check_summary C "$bad" 1 "2 errors, 1 warning" "2 errors, 1 warning"
check_summary zh_CN.UTF-8 "$bad" 1 "2 个错误，1 个警告" "2 个错误，1 个警告"
check_summary C "$warned" 0 "$warned: OK, 1 role" "1 warning"
check_summary zh_CN.UTF-8 "$warned" 0 "$warned：检查通过，共 1 个职位" "1 个警告"
check_summary C data/roles-en.yaml 0 "data/roles-en.yaml: OK, 6 roles" "no problems found"
check_summary zh_CN.UTF-8 data/roles-en.yaml 0 "data/roles-en.yaml：检查通过，共 6 个职位" "未发现问题"
printf 'title: 测试\nroles:\n  - id: a\n    title: 甲\n    summary: 说明。\n    salary: lots\n' >"$TEST_TMP/one.yaml"
check_summary C "$TEST_TMP/one.yaml" 1 "1 error" "1 error"
printf 'title: 测试\ntitel: x\nsubtitel: y\nroles:\n  - id: a\n    title: 甲\n    summary: 第一句说明。第二句说明。\n    skills: [沟通]\n    getting_started: 先试试。\n' >"$TEST_TMP/two.yaml"
check_summary C "$TEST_TMP/two.yaml" 0 "$TEST_TMP/two.yaml: OK, 1 role" "2 warnings"
# The guide's language decides only the PDF: an English guide under a Chinese
# locale gets Chinese messages (above), a Chinese guide under C English ones.
check_summary C data/roles.yaml 0 "data/roles.yaml: OK, 6 roles" "no problems found"
echo "messages: locale and --lang, both languages, summaries"
