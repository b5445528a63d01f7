#include "load/reader.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>

#include <fmt/format.h>

#include "load/suggest.h"

namespace careerguide::load {
namespace {

using messages::MessageId;

constexpr std::size_t kQuotedCharacters = 40;

std::string_view trim(std::string_view s) {
  const std::size_t first = s.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  const std::size_t last = s.find_last_not_of(" \t\r\n");
  return s.substr(first, last - first + 1);
}

/// At most `limit` characters of text on one line, with "…" when cut: line
/// breaks and tabs read as spaces, other controls are escaped.
std::string shorten(std::string_view text, std::size_t limit) {
  std::string one_line(text);
  std::replace_if(one_line.begin(), one_line.end(),
                  [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
  return model::quote_fragment(one_line, limit);
}

}  // namespace

std::optional<double> parse_number(std::string_view text) {
  text = trim(text);
  if (text.empty() || !(std::isdigit(static_cast<unsigned char>(text[0])) || text[0] == '-' ||
                        text[0] == '.')) {
    return std::nullopt;  // also rules out "inf" and "nan"
  }
  double value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value)) {
    return std::nullopt;
  }
  return value;
}

std::size_t count_characters(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

std::string join_path(std::string_view path, std::string_view key) {
  return path.empty() ? std::string(key) : fmt::format("{}.{}", path, key);
}

Reader::Reader(const Tree& tree, std::vector<model::Diagnostic>& diagnostics)
    : tree_(tree), diagnostics_(diagnostics) {}

void Reader::report(model::Severity severity, const model::SourcePos& pos, std::string_view path,
                    messages::Message message) {
  diagnostics_.push_back({pos, severity, std::move(message), std::string(path)});
}

void Reader::error(const model::SourcePos& pos, std::string_view path, messages::Message message) {
  report(model::Severity::kError, pos, path, std::move(message));
}

void Reader::warning(const model::SourcePos& pos, std::string_view path,
                     messages::Message message) {
  report(model::Severity::kWarning, pos, path, std::move(message));
}

void Reader::expected(NodeId id, std::string_view path, messages::Message what) {
  error(pos(id), path,
        messages::message(MessageId::kExpected, {{"what", std::move(what)}, {"value", describe(id)}}));
}

bool Reader::check_length(const model::Text& text, std::string_view path, std::size_t limit,
                          messages::Message fix) {
  const std::size_t length = count_characters(text.value);
  if (length <= limit) return true;
  // One error per value: a text already refused as too many bytes (and cut)
  // is not reported again.
  const bool reported = std::any_of(diagnostics_.begin(), diagnostics_.end(), [&](const auto& d) {
    return d.pos == text.pos && d.severity == model::Severity::kError;
  });
  if (reported) return false;
  error(text.pos, path,
        messages::message(MessageId::kTextTooLong,
                          {{"length", length}, {"limit", limit}, {"fix", std::move(fix)}}));
  return false;
}

messages::Message Reader::describe(NodeId id) const {
  const Node& n = node(id);
  switch (n.kind) {
    case Node::Kind::kNull: return messages::message(MessageId::kNothing);
    case Node::Kind::kSequence: return messages::message(MessageId::kAList);
    case Node::Kind::kMapping: return messages::message(MessageId::kAMapping);
    default:
      return messages::message(MessageId::kQuoted,
                               {{"text", shorten(n.scalar, kQuotedCharacters)}});
  }
}

std::optional<model::Text> Reader::text(NodeId id, std::string_view path) {
  const Node& n = node(id);
  if (n.kind == Node::Kind::kNull) return model::Text{{}, pos(id)};
  if (n.kind != Node::Kind::kScalar) {
    expected(id, path, messages::message(MessageId::kText));
    return std::nullopt;
  }
  const std::string_view value = trim(n.scalar);
  // An alias is written elsewhere than its text: no column of a character.
  const bool verbatim = !is_alias(id) && value.size() == n.scalar.size();
  return model::Text{std::string(value), pos(id), verbatim ? n.verbatim_column : 0};
}

std::optional<double> Reader::number(NodeId id, std::string_view path) {
  const Node& n = node(id);
  std::optional<double> value;
  if (n.kind == Node::Kind::kScalar) value = parse_number(n.scalar);
  if (!value) expected(id, path, messages::message(MessageId::kANumber));
  return value;
}

std::optional<bool> Reader::boolean(NodeId id, std::string_view path) {
  const Node& n = node(id);
  if (n.kind == Node::Kind::kScalar && !n.quoted) {
    if (n.scalar == "true" || n.scalar == "True" || n.scalar == "TRUE") return true;
    if (n.scalar == "false" || n.scalar == "False" || n.scalar == "FALSE") return false;
  }
  expected(id, path, messages::message(MessageId::kTrueOrFalse));
  return std::nullopt;
}

std::optional<std::vector<NodeId>> Reader::items(NodeId id, std::string_view path) {
  const Node& n = node(id);
  if (n.kind != Node::Kind::kSequence) {
    expected(id, path, messages::message(MessageId::kAListOfItems));
    return std::nullopt;
  }
  return n.children;
}

bool Reader::expect_mapping(NodeId id, std::string_view path) {
  if (node(id).kind == Node::Kind::kMapping) return true;
  expected(id, path, messages::message(MessageId::kAMappingOfKeys));
  return false;
}

Fields::Fields(Reader& reader, NodeId id, std::string path,
               std::span<const std::string_view> known)
    : reader_(reader), id_(id), path_(std::move(path)) {
  const std::vector<NodeId>& children = reader_.node(id_).children;
  for (std::size_t i = 0; i + 1 < children.size(); i += 2) {
    const Node& key = reader_.node(children[i]);
    if (key.kind == Node::Kind::kSequence || key.kind == Node::Kind::kMapping) {
      continue;  // reported while parsing: complex keys are not supported
    }
    if (key.kind == Node::Kind::kScalar && !key.quoted && key.scalar == "<<") {
      reader_.error(reader_.pos(children[i]), path_, messages::message(MessageId::kMergeKey));
      merges_ = true;
      continue;
    }
    if (key.kind != Node::Kind::kScalar) {
      reader_.expected(children[i], path_, messages::message(MessageId::kAKeyName));
      continue;
    }
    if (std::find(known.begin(), known.end(), key.scalar) != known.end()) continue;
    const auto suggestion = closest_key(key.scalar, known);
    reader_.warning(reader_.pos(children[i]), join_path(path_, model::quote_fragment(key.scalar)),
                    suggestion ? messages::message(MessageId::kUnknownKeyDidYouMean,
                                                   {{"suggestion", *suggestion}})
                               : messages::message(MessageId::kUnknownKeyIgnored));
  }
}

std::optional<NodeId> Fields::entry(std::string_view key) const {
  const std::vector<NodeId>& children = reader_.node(id_).children;
  for (std::size_t i = 0; i + 1 < children.size(); i += 2) {
    const Node& k = reader_.node(children[i]);
    if (k.kind == Node::Kind::kScalar && k.scalar == key) return children[i + 1];
  }
  return std::nullopt;  // with duplicate keys the first wins (they are an error anyway)
}

std::optional<NodeId> Fields::find(std::string_view key) const {
  const auto value = entry(key);
  if (!value || reader_.is_null(*value)) return std::nullopt;
  return value;
}

model::Text Fields::text(std::string_view key) const {
  const auto value = find(key);
  if (!value) return {};
  return reader_.text(*value, path(key)).value_or(model::Text{});
}

model::Text Fields::required_text(std::string_view key) const {
  const auto value = entry(key);
  if (!value) {
    if (!merges_) reader_.error(pos(), path(key), messages::message(MessageId::kRequiredButMissing));
    return {};
  }
  auto text = reader_.text(*value, path(key));
  if (text && text->empty())
    reader_.error(text->pos, path(key), messages::message(MessageId::kRequiredButEmpty));
  return text.value_or(model::Text{});
}

std::optional<double> Fields::number(std::string_view key) const {
  const auto value = find(key);
  return value ? reader_.number(*value, path(key)) : std::nullopt;
}

std::optional<bool> Fields::boolean(std::string_view key) const {
  const auto value = find(key);
  return value ? reader_.boolean(*value, path(key)) : std::nullopt;
}

std::vector<NodeId> Fields::list(std::string_view key) const {
  const auto value = find(key);
  if (!value) return {};
  return reader_.items(*value, path(key)).value_or(std::vector<NodeId>{});
}

}  // namespace careerguide::load
