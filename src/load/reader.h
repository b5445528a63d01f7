#pragma once
// Typed reading of the YAML tree with one error per bad value: every read
// names the key path, quotes the bad value and says what was expected.

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "load/yaml_tree.h"
#include "model/diagnostic.h"
#include "model/guide.h"

namespace careerguide::load {

/// Reads values out of a Tree, collecting diagnostics.
class Reader {
 public:
  /// Reads `tree`; problems are appended to `diagnostics`.
  Reader(const Tree& tree, std::vector<model::Diagnostic>& diagnostics);

  // Transitional: an English text not yet in the table (messages::kVerbatim).
  void error(const model::SourcePos& pos, std::string_view path, std::string_view text) {
    error(pos, path, messages::verbatim(text));
  }
  void warning(const model::SourcePos& pos, std::string_view path, std::string_view text) {
    warning(pos, path, messages::verbatim(text));
  }
  void expected(NodeId id, std::string_view path, std::string_view what) {
    expected(id, path, messages::verbatim(what));
  }
  bool check_length(const model::Text& text, std::string_view path, std::size_t limit,
                    std::string_view fix) {
    return check_length(text, path, limit, messages::verbatim(fix));
  }

  /// The node behind `id`, aliases resolved.
  const Node& node(NodeId id) const { return tree_.at(tree_.resolve(id)); }
  /// Where `id` itself was written (for an alias: the alias, not its anchor).
  model::SourcePos pos(NodeId id) const { return tree_.pos(id); }
  /// True when `id` is an alias (`*name`) rather than the node it stands for.
  bool is_alias(NodeId id) const { return tree_.at(id).kind == Node::Kind::kAlias; }
  /// True for `~`, `null` and an empty value.
  bool is_null(NodeId id) const { return node(id).kind == Node::Kind::kNull; }

  /// Reports `path: message` at `pos` as an error.
  void error(const model::SourcePos& pos, std::string_view path, messages::Message message);
  /// Reports `path: message` at `pos` as a warning.
  void warning(const model::SourcePos& pos, std::string_view path, messages::Message message);
  /// Reports `path: expected WHAT (got VALUE)` at the node `id`; `what` is a
  /// fragment such as messages::MessageId::kANumber.
  void expected(NodeId id, std::string_view path, messages::Message what);

  /// The value as users see it in messages: `"lots"` (quoted, cut after 40
  /// characters), `nothing`, `a list` or `a mapping`, in the user's language.
  messages::Message describe(NodeId id) const;

  /// A scalar as text, without surrounding blank space; null is empty text;
  /// a list or mapping is an error (nullopt).
  std::optional<model::Text> text(NodeId id, std::string_view path);
  /// A scalar that is a decimal number; errors otherwise.
  std::optional<double> number(NodeId id, std::string_view path);
  /// `true` or `false`; errors otherwise.
  std::optional<bool> boolean(NodeId id, std::string_view path);
  /// The items of a list; an error (nullopt) when `id` is not a list.
  std::optional<std::vector<NodeId>> items(NodeId id, std::string_view path);
  /// True when `id` is a mapping; reports an error otherwise.
  bool expect_mapping(NodeId id, std::string_view path);
  /// False, with `path: the text is N characters long; the limit is LIMIT
  /// characters; FIX` at the text, when `text` has more than `limit`
  /// characters (docs/reliability.md, "Limits").
  bool check_length(const model::Text& text, std::string_view path, std::size_t limit,
                    messages::Message fix);

 private:
  void report(model::Severity severity, const model::SourcePos& pos, std::string_view path,
              messages::Message message);

  const Tree& tree_;
  std::vector<model::Diagnostic>& diagnostics_;
};

/// Characters (Unicode code points) in UTF-8 `text`: what length limits count,
/// as the schema's maxLength does.
std::size_t count_characters(std::string_view text);

/// Parses a whole decimal number such as `127000` or `155.5`; nullopt otherwise.
std::optional<double> parse_number(std::string_view text);

/// `path.key`, or `key` at the top level.
std::string join_path(std::string_view path, std::string_view key);

/// The keys of one mapping, checked against the keys its reader knows.
class Fields {
 public:
  /// Warns about every key of mapping `id` that is not in `known` (with the
  /// closest known key suggested); errors on keys that are not plain text.
  Fields(Reader& reader, NodeId id, std::string path, std::span<const std::string_view> known);

  /// The value of `key`, or nullopt when it is absent or null.
  std::optional<NodeId> find(std::string_view key) const;
  /// The value of `key` even when null; nullopt when the key is absent.
  std::optional<NodeId> entry(std::string_view key) const;
  /// The key path of `key` in this mapping, e.g. `roles[2].salary`.
  std::string path(std::string_view key) const { return join_path(path_, key); }
  /// Where the mapping starts.
  model::SourcePos pos() const { return reader_.pos(id_); }
  /// The reader.
  Reader& reader() const { return reader_; }

  /// Optional text: empty when absent, null or wrong.
  model::Text text(std::string_view key) const;
  /// Required text: an error at the mapping when absent, at the value when empty.
  model::Text required_text(std::string_view key) const;
  /// An optional number, nullopt when absent or wrong.
  std::optional<double> number(std::string_view key) const;
  /// An optional boolean, nullopt when absent or wrong.
  std::optional<bool> boolean(std::string_view key) const;
  /// The items of an optional list (empty when absent or wrong).
  std::vector<NodeId> list(std::string_view key) const;

 private:
  Reader& reader_;
  NodeId id_;
  std::string path_;
  bool merges_ = false;  ///< has a `<<` merge key: missing fields may be in the merged mapping
};

}  // namespace careerguide::load
