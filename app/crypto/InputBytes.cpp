#include "InputBytes.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace hocbaso::crypto::detail {

Result<QByteArray> readBoundedFile(const QString& path, qint64 maxBytes)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error::notFound(
            QCoreApplication::translate("hocbaso::crypto::InputFile", "The file %1 does not exist.").arg(path));
    if (info.isDir())
        return Error::invalid(
            QCoreApplication::translate("hocbaso::crypto::InputFile", "%1 is a folder, not a file.").arg(path));
    if (info.size() > maxBytes)
        return Error::invalid(QCoreApplication::translate("hocbaso::crypto::InputFile",
                                                          "The file %1 is %2 bytes long, more than the %3 bytes "
                                                          "allowed; choose the certificate or CRL file itself.")
                                  .arg(path)
                                  .arg(info.size())
                                  .arg(maxBytes));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::invalid(
            QCoreApplication::translate("hocbaso::crypto::InputFile", "The file %1 cannot be read: %2.")
                .arg(path, file.errorString()));
    QByteArray bytes = file.read(maxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return Error::invalid(
            QCoreApplication::translate("hocbaso::crypto::InputFile", "The file %1 cannot be read: %2.")
                .arg(path, file.errorString()));
    if (bytes.size() > maxBytes)
        return Error::invalid(QCoreApplication::translate("hocbaso::crypto::InputFile",
                                                          "The file %1 is more than the %2 bytes allowed; choose "
                                                          "the certificate or CRL file itself.")
                                  .arg(path)
                                  .arg(maxBytes));
    return bytes;
}

bool looksLikePem(const QByteArray& bytes)
{
    return bytes.contains("-----BEGIN ");
}

bool isBlank(const QByteArray& bytes)
{
    for (const char c : bytes) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '\0' && c != '\f' && c != '\v')
            return false;
    }
    return true;
}

QByteArray decodeBareBase64(const QByteArray& bytes)
{
    QByteArray compact;
    compact.reserve(bytes.size());
    for (const char c : bytes) {
        const bool b64 = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' ||
                         c == '/' || c == '=';
        if (b64)
            compact.append(c);
        else if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            return {};
    }
    // Anything shorter cannot be a certificate, and short words of letters are just garbage.
    if (compact.size() < 64)
        return {};
    const auto decoded = QByteArray::fromBase64Encoding(compact, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return {};
    return decoded.decoded;
}

qint64 derAnnouncedLength(const QByteArray& bytes, qint64 offset)
{
    const qint64 size = bytes.size() - offset;
    if (size < 2)
        return -1;
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData()) + offset;
    if (p[0] != 0x30)
        return -1;
    if (p[1] < 0x80)
        return 2 + p[1];
    const int count = p[1] & 0x7f;
    // 0x80 is BER's indefinite length, which a certificate never uses; more than 4 length bytes
    // would announce more than any file we accept.
    if (count == 0 || count > 4 || size < 2 + count)
        return -1;
    qint64 length = 0;
    for (int i = 0; i < count; ++i)
        length = (length << 8) | p[2 + i];
    return 2 + count + length;
}

} // namespace hocbaso::crypto::detail
