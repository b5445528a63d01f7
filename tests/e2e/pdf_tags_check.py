#!/usr/bin/python3
"""Checks the logical structure of a tagged PDF without a PDF/UA validator.

Usage: pdf_tags_check.py FILE.pdf [--other-language TAG]
Prints one line per problem and exits 1 when there is any:
- the catalog marks the file as tagged, names its language and shows its
  title; every page has /StructParents and /Tabs /S;
- every operator that paints (text, paths, images, shadings) lies inside a
  marked-content sequence that is an artifact or has an MCID which the
  parent tree maps to the structure element that claims it;
- every MCID the tree claims exists on its page, and no MCID is used twice;
- every Figure has /Alt; headings do not skip a level in reading order;
- every link annotation has /Contents and, through /StructParent, a Link
  element that holds it as an /OBJR kid;
- the contents are one TOC whose kids are TOCIs, each holding a Link;
- the bookmarks follow the headings: one top-level bookmark per H1 (the
  cover's guide title, each page title) leading to its page, in reading
  order, and under it one per H2 that follows it, each leading to its page;
  every destination is a page of the file; top-level items are closed;
- with --other-language TAG: some element has /Lang TAG (the English second
  titles of a Chinese guide).
"""
import sys

import pikepdf

PAINTING = {"Tj", "TJ", "'", '"', "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "sh", "Do", "INLINE IMAGE"}


def number_tree_items(node, out):
    """Flattens a number tree into {key: value}."""
    if "/Nums" in node:
        nums = node["/Nums"]
        for i in range(0, len(nums), 2):
            out[int(nums[i])] = nums[i + 1]
    for kid in node.get("/Kids", []):
        number_tree_items(kid, out)
    return out


def same(a, b):
    return a.is_indirect and b.is_indirect and a.objgen == b.objgen


class Checker:
    def __init__(self, pdf):
        self.pdf = pdf
        self.problems = []
        self.page_numbers = {page.objgen: i for i, page in enumerate(pdf.pages)}

    def problem(self, text):
        self.problems.append(text)

    def check_catalog(self):
        root = self.pdf.Root
        if not bool(root.get("/MarkInfo", {}).get("/Marked", False)):
            self.problem("catalog: /MarkInfo /Marked is not true")
        if "/Lang" not in root:
            self.problem("catalog: no /Lang")
        if not bool(root.get("/ViewerPreferences", {}).get("/DisplayDocTitle", False)):
            self.problem("catalog: /ViewerPreferences /DisplayDocTitle is not true")
        if "/StructTreeRoot" not in root:
            self.problem("catalog: no /StructTreeRoot")
            return False
        for i, page in enumerate(self.pdf.pages):
            if int(page.obj.get("/StructParents", -1)) != i:
                self.problem(f"page {i + 1}: /StructParents is not {i}")
            if page.obj.get("/Tabs") != pikepdf.Name.S:
                self.problem(f"page {i + 1}: /Tabs is not /S")
        return True

    def walk_tree(self):
        """Reading-order list of elements, and which element claims each (page, MCID)."""
        self.claimed = {}
        self.elements = []
        root = self.pdf.Root.StructTreeRoot
        kids = root.get("/K")
        stack = [kids] if isinstance(kids, pikepdf.Dictionary) else list(reversed(list(kids or [])))
        while stack:
            element = stack.pop()
            self.elements.append(element)
            page = element.get("/Pg")
            kids = element.get("/K", [])
            if not isinstance(kids, pikepdf.Array):
                kids = [kids]
            children = []
            for kid in kids:
                if isinstance(kid, int):
                    self.claim(page, int(kid), element)
                elif isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == pikepdf.Name.MCR:
                    self.claim(kid.get("/Pg", page), int(kid.MCID), element)
                elif isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == pikepdf.Name.OBJR:
                    pass
                elif isinstance(kid, pikepdf.Dictionary):
                    if not same(kid.get("/P"), element):
                        self.problem(f"{kid.get('/S')}: its /P is not the element that holds it")
                    children.append(kid)
            stack.extend(reversed(children))

    def claim(self, page, mcid, element):
        if page is None or page.objgen not in self.page_numbers:
            self.problem(f"{element.get('/S')}: MCID {mcid} without a page")
            return
        key = (self.page_numbers[page.objgen], mcid)
        if key in self.claimed:
            self.problem(f"page {key[0] + 1}: MCID {mcid} claimed by two elements")
        self.claimed[key] = element

    def check_content(self, parent_tree):
        used = set()
        for index, page in enumerate(self.pdf.pages):
            stack = []  # for each open sequence: "artifact", an MCID, or None
            mapped = parent_tree.get(index)
            for operands, operator in pikepdf.parse_content_stream(page):
                op = str(operator)
                if op in ("BMC", "BDC"):
                    tag = operands[0]
                    mcid = None
                    if op == "BDC" and isinstance(operands[1], pikepdf.Dictionary) and "/MCID" in operands[1]:
                        mcid = int(operands[1].MCID)
                    if tag == pikepdf.Name.Artifact:
                        stack.append("artifact")
                    elif mcid is not None:
                        if (index, mcid) in used:
                            self.problem(f"page {index + 1}: MCID {mcid} used twice in the content")
                        used.add((index, mcid))
                        stack.append(mcid)
                        self.check_mapping(index, mcid, mapped)
                    else:
                        stack.append(None)
                elif op == "EMC":
                    if not stack:
                        self.problem(f"page {index + 1}: EMC without BMC/BDC")
                    else:
                        stack.pop()
                elif op in PAINTING:
                    if not any(entry is not None for entry in stack):
                        self.problem(f"page {index + 1}: '{op}' outside any tagged content or artifact")
            if stack:
                self.problem(f"page {index + 1}: {len(stack)} marked-content sequences left open")
        for key in self.claimed:
            if key not in used:
                self.problem(f"page {key[0] + 1}: the tree claims MCID {key[1]}, which the page does not have")

    def check_mapping(self, index, mcid, mapped):
        element = self.claimed.get((index, mcid))
        if element is None:
            self.problem(f"page {index + 1}: MCID {mcid} is in no structure element")
            return
        if mapped is None or mcid >= len(mapped) or not same(mapped[mcid], element):
            self.problem(f"page {index + 1}: the parent tree does not map MCID {mcid} to its element")

    def check_elements(self):
        previous_level = 0
        for element in self.elements:
            kind = str(element.get("/S"))
            if kind == "/Figure" and not str(element.get("/Alt", "")).strip():
                self.problem("a Figure without /Alt")
            if len(kind) == 3 and kind.startswith("/H") and kind[2].isdigit():
                level = int(kind[2])
                if level > previous_level + 1:
                    self.problem(f"heading {kind[1:]} follows H{previous_level}: a level is skipped")
                previous_level = level

    def check_links(self, parent_tree):
        for index, page in enumerate(self.pdf.pages):
            for annotation in page.obj.get("/Annots", []):
                if annotation.get("/Subtype") != pikepdf.Name.Link:
                    continue
                if not str(annotation.get("/Contents", "")).strip():
                    self.problem(f"page {index + 1}: a link annotation without /Contents")
                key = annotation.get("/StructParent")
                parent = parent_tree.get(int(key)) if key is not None else None
                if parent is None or parent.get("/S") != pikepdf.Name.Link:
                    self.problem(f"page {index + 1}: a link annotation without a Link element")
                    continue
                holds = any(isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == pikepdf.Name.OBJR
                            and same(kid.Obj, annotation) for kid in parent.get("/K", []))
                if not holds:
                    self.problem(f"page {index + 1}: its Link element does not hold the annotation")

    def check_contents(self):
        tocs = [e for e in self.elements if e.get("/S") == pikepdf.Name("/TOC")]
        if len(tocs) != 1:
            self.problem(f"{len(tocs)} TOC elements, not one")
        for element in self.elements:
            if element.get("/S") != pikepdf.Name("/TOCI"):
                continue
            if element.get("/P", {}).get("/S") != pikepdf.Name("/TOC"):
                self.problem("a TOCI outside a TOC")
            kids = element.get("/K", [])
            kids = kids if isinstance(kids, pikepdf.Array) else [kids]
            if not any(isinstance(k, pikepdf.Dictionary) and k.get("/S") == pikepdf.Name.Link for k in kids):
                self.problem("a TOCI without a Link")

    def check_outline(self):
        """The bookmarks are the headings' outline: walked in order, (level,
        page) of each bookmark equals (level, page) of each H1 and H2 in
        reading order; every H1 bookmark is closed and counts its kids."""
        marks = []

        def walk(item, parent, level):
            """Checks the items from `item` on; returns how many there are."""
            previous, count = None, 0
            while item is not None:
                title = str(item.get("/Title"))
                if not same(item.get("/Parent"), parent):
                    self.problem(f"bookmark {title!r}: /Parent is not the item above it")
                if previous is not None and not same(item.get("/Prev"), previous):
                    self.problem(f"bookmark {title!r}: /Prev is not the item before it")
                marks.append((level, self.destination_page(item)))
                kids = walk(item.First, item, level + 1) if item.get("/First") is not None else 0
                if kids and int(item.get("/Count", 0)) != -kids:
                    self.problem(f"bookmark {title!r}: /Count is not -{kids} (closed)")
                previous, item, count = item, item.get("/Next"), count + 1
            return count

        outlines = self.pdf.Root.get("/Outlines")
        if outlines is not None and outlines.get("/First") is not None:
            top_level = walk(outlines.First, outlines, 1)
            if int(outlines.get("/Count", 0)) != top_level:
                self.problem(f"the outline's /Count is not {top_level} (its top-level items, closed)")
        headings = []
        for e in self.elements:
            kind = e.get("/S")
            if kind in (pikepdf.Name("/H1"), pikepdf.Name("/H2")):
                page = e.get("/Pg")
                headings.append((int(str(kind)[2]), self.page_numbers.get(page.objgen) if page is not None else None))
        if marks != headings:
            first = next((i for i, (a, b) in enumerate(zip(marks, headings)) if a != b), min(len(marks), len(headings)))
            self.problem(f"the bookmarks (level, page index) differ from the H1/H2 headings at entry {first + 1}: "
                         f"{marks[first:first + 3]} against {headings[first:first + 3]} "
                         f"({len(marks)} bookmarks, {len(headings)} headings)")

    def destination_page(self, item):
        dest = item.get("/Dest")
        if dest is None and item.get("/A") is not None and item.A.get("/S") == pikepdf.Name.GoTo:
            dest = item.A.get("/D")
        if not isinstance(dest, pikepdf.Array) or len(dest) < 1 or not dest[0].is_indirect \
                or dest[0].objgen not in self.page_numbers:
            self.problem(f"bookmark {str(item.get('/Title'))!r}: its destination is not a page of the file")
            return None
        return self.page_numbers[dest[0].objgen]

    def check_other_language(self, tag):
        if not any(str(e.get("/Lang", "")) == tag for e in self.elements):
            self.problem(f"no element has /Lang ({tag})")

    def run(self, other_language=None):
        if not self.check_catalog():
            return self.problems
        parent_tree = number_tree_items(self.pdf.Root.StructTreeRoot.ParentTree, {})
        self.walk_tree()
        self.check_content(parent_tree)
        self.check_elements()
        self.check_links(parent_tree)
        self.check_contents()
        self.check_outline()
        if other_language:
            self.check_other_language(other_language)
        return self.problems


def main():
    args = sys.argv[1:]
    other_language = None
    if len(args) == 3 and args[1] == "--other-language":
        other_language = args[2]
    elif len(args) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    with pikepdf.open(args[0]) as pdf:
        problems = Checker(pdf).run(other_language)
    for text in problems:
        print(f"{sys.argv[1]}: {text}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
