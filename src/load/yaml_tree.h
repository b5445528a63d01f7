#pragma once
// A YAML document as our own small tree, built from yaml-cpp's parse events
// so that the limits (depth, node count, alias expansion, text length),
// duplicate keys and self-referencing anchors are enforced while parsing,
// before anything walks the structure. No yaml-cpp type appears here.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "load/source_text.h"
#include "model/diagnostic.h"
#include "model/source_pos.h"

namespace careerguide::load {

/// Index of a node inside its Tree.
using NodeId = std::uint32_t;

/// One YAML node. Mappings keep keys and values alternately in `children`.
struct Node {
  /// What the node is; an alias stands for its anchored node.
  enum class Kind : std::uint8_t { kNull, kScalar, kSequence, kMapping, kAlias };
  Kind kind = Kind::kNull;     ///< null covers `~`, `null` and an empty value
  bool quoted = false;         ///< a quoted or block scalar (never a number or null)
  Location where;              ///< where the node starts
  std::string scalar;          ///< the text of a scalar
  std::vector<NodeId> children;  ///< items of a list; keys and values of a mapping
  NodeId target = 0;           ///< the anchored node an alias refers to
  /// A scalar written on one line exactly as it reads: the column of its
  /// first character (after the quote); 0 otherwise.
  int verbatim_column = 0;
};

/// A parsed document; node 0 is the root.
class Tree {
 public:
  /// An empty tree of the file named `file` (for diagnostics).
  explicit Tree(std::string file) : file_(std::move(file)) {}
  /// Where node `id` itself starts, with the file name.
  model::SourcePos pos(NodeId id) const {
    return {file_, nodes_[id].where.line, nodes_[id].where.column};
  }
  /// The node with id `id`.
  const Node& at(NodeId id) const { return nodes_[id]; }
  /// `id`, or the node an alias refers to (an alias never refers to an alias).
  NodeId resolve(NodeId id) const;
  /// Adds a node and returns its id.
  NodeId add(Node node);
  /// Mutable access while building.
  Node& at_mut(NodeId id) { return nodes_[id]; }

 private:
  std::string file_;
  std::vector<Node> nodes_;
};

/// Parses the single YAML document in `source`. Syntax errors, limit
/// violations, duplicate keys and bad aliases go to `diagnostics`; returns
/// nullopt when the document could not be built at all (including an empty
/// file), otherwise the tree (possibly with errors reported).
std::optional<Tree> parse_yaml(const SourceText& source,
                               std::vector<model::Diagnostic>& diagnostics);

}  // namespace careerguide::load
