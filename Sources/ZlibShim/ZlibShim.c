#include "ZlibShim.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

static int map_error(int status) {
  switch (status) {
  case Z_MEM_ERROR:
    return ZLIBSHIM_MEMORY_ERROR;
  case Z_BUF_ERROR:
    return ZLIBSHIM_TRUNCATED;
  default:
    return ZLIBSHIM_DATA_ERROR;
  }
}

int zlibshim_inflate_raw(const uint8_t *input, size_t input_length,
                         uint8_t *output, size_t output_capacity,
                         size_t *written, size_t *consumed) {
  z_stream stream;
  memset(&stream, 0, sizeof stream);
  *written = 0;
  *consumed = 0;
  if (inflateInit2(&stream, -MAX_WBITS) != Z_OK) {
    return ZLIBSHIM_MEMORY_ERROR;
  }
  size_t in_left = input_length;
  size_t out_left = output_capacity;
  const uint8_t *in = input;
  uint8_t *out = output;
  int status = Z_OK;
  for (;;) {
    uInt in_chunk = in_left > UINT_MAX ? UINT_MAX : (uInt)in_left;
    uInt out_chunk = out_left > UINT_MAX ? UINT_MAX : (uInt)out_left;
    stream.next_in = (Bytef *)in;
    stream.avail_in = in_chunk;
    stream.next_out = out;
    stream.avail_out = out_chunk;
    status = inflate(&stream, Z_NO_FLUSH);
    size_t used_in = in_chunk - stream.avail_in;
    size_t used_out = out_chunk - stream.avail_out;
    in += used_in;
    in_left -= used_in;
    out += used_out;
    out_left -= used_out;
    if (status == Z_STREAM_END) {
      break;
    }
    if (status == Z_OK) {
      if (out_left == 0 && in_left > 0) {
        inflateEnd(&stream);
        *written = output_capacity;
        *consumed = input_length - in_left;
        return ZLIBSHIM_OUTPUT_FULL;
      }
      if (in_left == 0) {
        status = Z_BUF_ERROR;
        break;
      }
      continue;
    }
    if (status == Z_BUF_ERROR && out_left == 0) {
      inflateEnd(&stream);
      *written = output_capacity;
      *consumed = input_length - in_left;
      return ZLIBSHIM_OUTPUT_FULL;
    }
    break;
  }
  inflateEnd(&stream);
  *written = output_capacity - out_left;
  *consumed = input_length - in_left;
  if (status == Z_STREAM_END) {
    return ZLIBSHIM_OK;
  }
  return map_error(status);
}

struct zlibshim_gzip_stream {
  z_stream stream;
  const uint8_t *input;
  size_t input_left;
  int member_done;
  /* A raw DEFLATE stream: one stream, no concatenated members. */
  int raw;
  size_t input_length;
};

size_t zlibshim_stream_consumed(const zlibshim_gzip_stream *s) {
  return s->input_length - s->input_left - s->stream.avail_in;
}

static zlibshim_gzip_stream *stream_create(const uint8_t *input,
                                           size_t input_length, int raw) {
  zlibshim_gzip_stream *s = calloc(1, sizeof *s);
  if (s == NULL) {
    return NULL;
  }
  /* 16 + MAX_WBITS: expect a gzip header and trailer; -MAX_WBITS: raw. */
  if (inflateInit2(&s->stream, raw ? -MAX_WBITS : 16 + MAX_WBITS) != Z_OK) {
    free(s);
    return NULL;
  }
  s->input = input;
  s->input_left = input_length;
  s->input_length = input_length;
  s->raw = raw;
  return s;
}

zlibshim_gzip_stream *zlibshim_gzip_create(const uint8_t *input,
                                           size_t input_length) {
  return stream_create(input, input_length, 0);
}

zlibshim_gzip_stream *zlibshim_raw_create(const uint8_t *input,
                                          size_t input_length) {
  return stream_create(input, input_length, 1);
}

int zlibshim_deflate(const uint8_t *input, size_t input_length, uint8_t *output,
                     size_t output_capacity, size_t *written, int gzip) {
  z_stream stream;
  memset(&stream, 0, sizeof stream);
  *written = 0;
  if (deflateInit2(&stream, 9, Z_DEFLATED, gzip ? 16 + MAX_WBITS : -MAX_WBITS,
                   8, Z_DEFAULT_STRATEGY) != Z_OK) {
    return ZLIBSHIM_MEMORY_ERROR;
  }
  size_t in_left = input_length;
  const uint8_t *in = input;
  int status = Z_OK;
  while (status == Z_OK) {
    uInt in_chunk = in_left > (1u << 30) ? (1u << 30) : (uInt)in_left;
    size_t out_left = output_capacity - *written;
    uInt out_chunk = out_left > (1u << 30) ? (1u << 30) : (uInt)out_left;
    if (out_chunk == 0) {
      deflateEnd(&stream);
      return ZLIBSHIM_OUTPUT_FULL;
    }
    stream.next_in = (Bytef *)in;
    stream.avail_in = in_chunk;
    stream.next_out = output + *written;
    stream.avail_out = out_chunk;
    status = deflate(&stream, in_chunk == in_left ? Z_FINISH : Z_NO_FLUSH);
    in += in_chunk - stream.avail_in;
    in_left -= in_chunk - stream.avail_in;
    *written += out_chunk - stream.avail_out;
    if (status == Z_BUF_ERROR) {
      status = Z_OK; /* no progress possible without more room: loop checks */
    }
  }
  deflateEnd(&stream);
  return status == Z_STREAM_END ? ZLIBSHIM_OK : ZLIBSHIM_DATA_ERROR;
}

int zlibshim_gzip_read(zlibshim_gzip_stream *s, uint8_t *output,
                       size_t output_capacity, size_t *written,
                       int *finished) {
  *written = 0;
  *finished = 0;
  uInt out_chunk = output_capacity > UINT_MAX ? UINT_MAX : (uInt)output_capacity;
  s->stream.next_out = output;
  s->stream.avail_out = out_chunk;
  while (s->stream.avail_out > 0) {
    if (s->member_done && s->raw) {
      *finished = 1;
      break;
    }
    if (s->member_done) {
      /* Another gzip member may follow (RFC 1952 allows concatenation). */
      if (s->input_left == 0) {
        *finished = 1;
        break;
      }
      if (inflateReset(&s->stream) != Z_OK) {
        return ZLIBSHIM_DATA_ERROR;
      }
      s->member_done = 0;
    }
    if (s->stream.avail_in == 0) {
      if (s->input_left == 0) {
        *written = out_chunk - s->stream.avail_out;
        return ZLIBSHIM_TRUNCATED;
      }
      uInt in_chunk = s->input_left > UINT_MAX ? UINT_MAX : (uInt)s->input_left;
      s->stream.next_in = (Bytef *)s->input;
      s->stream.avail_in = in_chunk;
      s->input += in_chunk;
      s->input_left -= in_chunk;
    }
    int status = inflate(&s->stream, Z_NO_FLUSH);
    if (status == Z_STREAM_END) {
      /* Return unread input to the pool for the next member. */
      s->input -= s->stream.avail_in;
      s->input_left += s->stream.avail_in;
      s->stream.avail_in = 0;
      s->member_done = 1;
      continue;
    }
    if (status == Z_BUF_ERROR && s->stream.avail_in == 0) {
      continue; /* needs more input: loop refills or reports truncation */
    }
    if (status != Z_OK) {
      *written = out_chunk - s->stream.avail_out;
      return map_error(status);
    }
  }
  *written = out_chunk - s->stream.avail_out;
  return ZLIBSHIM_OK;
}

void zlibshim_gzip_destroy(zlibshim_gzip_stream *s) {
  if (s != NULL) {
    inflateEnd(&s->stream);
    free(s);
  }
}

uint32_t zlibshim_crc32(uint32_t crc, const uint8_t *data, size_t length) {
  uLong value = crc;
  while (length > 0) {
    uInt chunk = length > UINT_MAX ? UINT_MAX : (uInt)length;
    value = crc32(value, data, chunk);
    data += chunk;
    length -= chunk;
  }
  return (uint32_t)value;
}
