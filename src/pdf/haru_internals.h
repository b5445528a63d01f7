#pragma once
// Every use of libharu 2.3.0's private structures, in one place: the fields
// of its document, page, font-definition, dictionary and array records that
// no public call reaches (its memory manager, the catalog, the PDF version,
// a page's content stream, a font definition's cmap and subset tag). A new
// libharu may move them; this header and haru_overrides.cpp are what to
// check. tests/e2e/module_boundaries.sh fails when another file of src/
// reaches into these fields.

#include <hpdf.h>
#include <hpdf_catalog.h>
#include <hpdf_fontdef.h>
#include <hpdf_pages.h>
#include <hpdf_streams.h>

namespace careerguide::pdf::haru {

/// The document's memory manager, which libharu's object constructors take.
inline HPDF_MMgr memory_manager(HPDF_Doc doc) { return doc->mmgr; }
/// The memory manager an array was made with.
inline HPDF_MMgr memory_manager(HPDF_Array array) { return array->mmgr; }
/// The document catalog (/Lang, page labels).
inline HPDF_Dict catalog(HPDF_Doc doc) { return doc->catalog; }
/// Sets the version in the file header: libharu has no call for 1.5.
inline void set_pdf_version(HPDF_Doc doc, HPDF_PDFVer version) { doc->pdf_version = version; }
/// The stream of a page's content operators, for operators libharu lacks.
inline HPDF_Stream content_stream(HPDF_Page page) {
  return static_cast<HPDF_PageAttr>(page->attr)->stream;
}
/// The stream of a stream dictionary (a /ToUnicode CMap).
inline HPDF_Stream stream_of(HPDF_Dict dict) { return dict->stream; }
/// The cmap libharu read from a TrueType font definition.
inline const HPDF_TTF_CmapRange& ttf_cmap(HPDF_FontDef def) {
  return static_cast<const HPDF_TTFontDefAttr_Rec*>(def->attr)->cmap;
}
/// The length of a TrueType definition's font program as
/// HPDF_TTFontDef_SaveFontData last wrote it: the font file's /Length1.
inline HPDF_UINT ttf_length1(HPDF_FontDef def) { return static_cast<const HPDF_TTFontDefAttr_Rec*>(def->attr)->length1; }
inline void set_ttf_length1(HPDF_FontDef def, HPDF_UINT length) {
  static_cast<HPDF_TTFontDefAttr_Rec*>(def->attr)->length1 = length;
}
/// The function libharu calls to free a stream's data: which kind of
/// stream it is, and a mark a stream can carry (haru_overrides.cpp).
inline HPDF_Stream_Free_Func free_function(HPDF_Stream stream) { return stream->free_fn; }
inline void set_free_function(HPDF_Stream stream, HPDF_Stream_Free_Func free) { stream->free_fn = free; }
/// Makes `stream` the one HPDF_SaveToStream writes the file into (it makes
/// a memory stream only when there is none); null takes it back.
inline void set_save_stream(HPDF_Doc doc, HPDF_Stream stream) { doc->stream = stream; }
/// The `data` a stream of HPDF_CallbackWriter_New was made with.
inline void* callback_data(HPDF_Stream stream) { return stream->attr; }
/// Makes the next write to memory stream `stream`, just emptied by
/// HPDF_MemStream_FreeData, take one chunk of exactly `size` bytes instead
/// of libharu's 4,096-byte chunks.
inline void set_next_chunk_size(HPDF_Stream stream, HPDF_UINT size) {
  auto* attr = static_cast<HPDF_MemStreamAttr>(stream->attr);
  attr->buf_siz = size;
  attr->w_pos = size;  // no room left in the (absent) current chunk
}
/// The error record a stream reports to.
inline HPDF_Error error_of(HPDF_Stream stream) { return stream->error; }
/// The error record a font definition reports to.
inline HPDF_Error error_of(HPDF_FontDef def) { return def->error; }
/// The font name a definition registers (with its subset tag).
inline const char* base_font(HPDF_FontDef def) { return def->base_font; }

/// How many objects the cross-reference table numbers (object 0, the free
/// head, included): what libharu writes as the trailer's /Size.
inline int object_count(HPDF_Doc doc) {
  return static_cast<int>(doc->xref->start_offset + doc->xref->entries->count);
}

/// The indirect object number libharu gave `object` (a page, an annotation).
inline int object_number(const void* object) {
  return static_cast<int>(static_cast<const HPDF_Obj_Header*>(object)->obj_id & 0x00FFFFFF);
}
/// A new indirect object of libharu's, to stand for an object written
/// after libharu saves (xref_stream.h): libharu writes `N 0 obj null
/// endobj` for it and `N 0 R` wherever it is added; the cross-reference
/// stream then points N at the real object. Returns N.
inline HPDF_Null reserve_object(HPDF_Doc doc) {
  HPDF_Null placeholder = HPDF_Null_New(doc->mmgr);
  if (placeholder != nullptr && HPDF_Xref_Add(doc->xref, placeholder) != HPDF_OK) return nullptr;
  return placeholder;  // now owned by the cross-reference table
}

/// Advances the document's subset tag (HPDFAA, HPDFAB, …, as libharu's own
/// TrueType loading does) and returns it.
inline const char* next_ttfont_tag(HPDF_Doc doc) {
  HPDF_BYTE* tag = doc->ttfont_tag;
  if (tag[0] == 0) {
    for (int i = 0; i < 6; ++i) tag[i] = static_cast<HPDF_BYTE>("HPDFAA"[i]);
  } else {
    for (int i = 5; i >= 0; --i) {
      if (++tag[i] <= 'Z') break;
      tag[i] = 'A';
    }
  }
  return reinterpret_cast<const char*>(tag);
}

}  // namespace careerguide::pdf::haru
