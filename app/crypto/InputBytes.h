#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

// Internal to app/crypto: reading certificate and CRL files from outside, which may be anything.

namespace hocbaso::crypto::detail {

// Reads at most maxBytes (a file that is larger, a folder or an unreadable path gives a sentence
// the user can act on). Reads maxBytes + 1 rather than trusting the size, so that a device file
// or a file still growing cannot make us read without end.
Result<QByteArray> readBoundedFile(const QString& path, qint64 maxBytes);

// True when the bytes contain a PEM armour line ("-----BEGIN ").
bool looksLikePem(const QByteArray& bytes);

// True when the bytes are only whitespace (or NUL padding some tools add).
bool isBlank(const QByteArray& bytes);

// Base64 text without PEM armour (some tools save certificates that way): the decoded bytes, or
// an empty array when the text is not plain base64.
QByteArray decodeBareBase64(const QByteArray& bytes);

// The total length a DER SEQUENCE announces in its header (tag + length + content), or -1 when
// the bytes do not start with a definite-length SEQUENCE header. Used to tell a truncated file
// from one that is not DER at all.
qint64 derAnnouncedLength(const QByteArray& bytes, qint64 offset = 0);

} // namespace hocbaso::crypto::detail
