#ifndef ZLIBSHIM_H
#define ZLIBSHIM_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Result codes of the inflate functions.
enum {
  ZLIBSHIM_OK = 0,
  /// The compressed data is corrupt (zlib Z_DATA_ERROR / Z_STREAM_ERROR).
  ZLIBSHIM_DATA_ERROR = -1,
  /// The compressed stream ended before its end marker (truncated input).
  ZLIBSHIM_TRUNCATED = -2,
  /// The output does not fit in the given capacity.
  ZLIBSHIM_OUTPUT_FULL = -3,
  /// zlib could not allocate memory.
  ZLIBSHIM_MEMORY_ERROR = -4,
};

/// Inflates a raw DEFLATE stream (no zlib or gzip header), as stored in zip
/// members, into `output`. On success stores the number of bytes written in
/// `*written` and the number of input bytes consumed in `*consumed`.
int zlibshim_inflate_raw(const uint8_t *input, size_t input_length,
                         uint8_t *output, size_t output_capacity,
                         size_t *written, size_t *consumed);

/// Opaque streaming gzip decoder handle.
typedef struct zlibshim_gzip_stream zlibshim_gzip_stream;

/// Creates a streaming decoder for gzip data (concatenated members are
/// supported). Returns NULL when memory is exhausted.
zlibshim_gzip_stream *zlibshim_gzip_create(const uint8_t *input,
                                           size_t input_length);

/// Creates a streaming decoder for one raw DEFLATE stream (a zip member's
/// data): reading finishes at the stream's end marker. Returns NULL when memory
/// is exhausted. Read with zlibshim_gzip_read, free with zlibshim_gzip_destroy.
zlibshim_gzip_stream *zlibshim_raw_create(const uint8_t *input,
                                          size_t input_length);

/// Decodes more output into `output`. Returns ZLIBSHIM_OK with
/// `*written` > 0 while data flows, ZLIBSHIM_OK with `*written` == 0 and
/// `*finished` == 1 at the clean end of the input, or a negative code.
int zlibshim_gzip_read(zlibshim_gzip_stream *stream, uint8_t *output,
                       size_t output_capacity, size_t *written,
                       int *finished);

/// How many input bytes the decoder has consumed so far.
size_t zlibshim_stream_consumed(const zlibshim_gzip_stream *stream);

/// Frees a decoder created by zlibshim_gzip_create.
void zlibshim_gzip_destroy(zlibshim_gzip_stream *stream);

/// Compresses `input` in one go (level 9) into `output`, as a gzip file when
/// `gzip` is non-zero, else as a raw DEFLATE stream (a zip member's data).
/// Stores the compressed size in `*written`. Returns ZLIBSHIM_OUTPUT_FULL when
/// `output_capacity` is too small. Used by tests to build inputs.
int zlibshim_deflate(const uint8_t *input, size_t input_length, uint8_t *output,
                     size_t output_capacity, size_t *written, int gzip);

/// CRC-32 (the zip/gzip polynomial) of `length` bytes, continuing from `crc`
/// (pass 0 to start).
uint32_t zlibshim_crc32(uint32_t crc, const uint8_t *data, size_t length);

#ifdef __cplusplus
}
#endif

#endif
