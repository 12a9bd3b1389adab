// Conversions between OpenSSL values and Qt values shared by the crypto classes. Their
// declarations are repeated at the top of each .cpp that uses them, because no header under
// app/crypto may name an OpenSSL type.

#include "Support.h"

#include <QDateTime>
#include <QStringList>

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/objects.h>
#include <openssl/x509.h>

#include <ctime>
#include <iterator>

namespace hocbaso::crypto::detail {

namespace {
void freeOpenSslString(char* p)
{
    OPENSSL_free(p);
}
void freeOpenSslBytes(unsigned char* p)
{
    OPENSSL_free(p);
}
} // namespace

ErrorQueueGuard::~ErrorQueueGuard()
{
    ERR_clear_error();
}

QString openSslErrorText()
{
    const unsigned long code = ERR_peek_error();
    if (code == 0)
        return QStringLiteral("unknown error");
    char buffer[256];
    ERR_error_string_n(code, buffer, sizeof buffer);
    return QString::fromUtf8(buffer);
}

QDateTime asn1TimeToDateTime(const ASN1_TIME* time)
{
    if (!time)
        return {};
    std::tm tm{};
    if (ASN1_TIME_to_tm(time, &tm) != 1)
        return {};
    const QDate date(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
    const QTime clock(tm.tm_hour, tm.tm_min, tm.tm_sec);
    return QDateTime(date, clock, Qt::UTC);
}

// The caller owns the result (ASN1_TIME_free). UTCTime before 2050, GeneralizedTime after, as
// RFC 5280 requires; ASN1_TIME_set chooses.
ASN1_TIME* newAsn1Time(const QDateTime& at)
{
    return ASN1_TIME_set(nullptr, static_cast<time_t>(at.toSecsSinceEpoch()));
}

// Keeps names one line long and free of control characters: a crafted certificate must not be
// able to add lines to a list or a log.
static QString sanitizeText(QString text)
{
    for (QChar& c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) || u == 0x2028 || u == 0x2029)
            c = QChar(u'\uFFFD');
    }
    return text;
}

QString asn1StringToText(const ASN1_STRING* value)
{
    if (!value)
        return {};
    unsigned char* utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, value);
    if (length < 0) {
        ERR_clear_error();
        const QByteArray raw(reinterpret_cast<const char*>(ASN1_STRING_get0_data(value)), ASN1_STRING_length(value));
        return QLatin1Char('#') + hexLower(raw);
    }
    Handle<unsigned char, freeOpenSslBytes> owned(utf8);
    return sanitizeText(QString::fromUtf8(reinterpret_cast<const char*>(utf8), length));
}

QString objectOid(const ASN1_OBJECT* object)
{
    if (!object)
        return {};
    char buffer[128];
    const int length = OBJ_obj2txt(buffer, sizeof buffer, object, 1);
    if (length <= 0)
        return {};
    if (length < int(sizeof buffer))
        return QString::fromLatin1(buffer, length);
    QByteArray big(length + 1, '\0');
    OBJ_obj2txt(big.data(), int(big.size()), object, 1);
    return QString::fromLatin1(big.constData(), length);
}

// The short name OpenSSL knows ("CN", "UID", "clientAuth"), or the dotted OID.
QString objectName(const ASN1_OBJECT* object)
{
    const int nid = OBJ_obj2nid(object);
    if (nid != NID_undef) {
        if (const char* sn = OBJ_nid2sn(nid))
            return QString::fromLatin1(sn);
    }
    return objectOid(object);
}

bool objectMatches(const ASN1_OBJECT* object, const QString& name)
{
    const int nid = OBJ_obj2nid(object);
    if (nid != NID_undef) {
        const char* sn = OBJ_nid2sn(nid);
        const char* ln = OBJ_nid2ln(nid);
        if ((sn && name.compare(QLatin1String(sn), Qt::CaseInsensitive) == 0) ||
            (ln && name.compare(QLatin1String(ln), Qt::CaseInsensitive) == 0))
            return true;
    }
    return name == objectOid(object);
}

// "CN=..., O=..., C=VN": the RFC 4514 order (last RDN first), values in UTF-8 without escapes so
// Vietnamese letters stay readable; a multi-valued RDN is joined with " + ".
QString nameToString(const X509_NAME* name)
{
    if (!name)
        return {};
    QString out;
    const int count = X509_NAME_entry_count(name);
    int previousSet = -1;
    for (int i = count - 1; i >= 0; --i) {
        const X509_NAME_ENTRY* entry = X509_NAME_get_entry(name, i);
        const int set = X509_NAME_ENTRY_set(entry);
        if (!out.isEmpty())
            out += set == previousSet ? QStringLiteral(" + ") : QStringLiteral(", ");
        previousSet = set;
        out += objectName(X509_NAME_ENTRY_get_object(entry));
        out += QLatin1Char('=');
        out += asn1StringToText(X509_NAME_ENTRY_get_data(entry));
    }
    return out;
}

QStringList nameFieldValues(const X509_NAME* name, const QString& field)
{
    QStringList values;
    if (!name)
        return values;
    const int count = X509_NAME_entry_count(name);
    for (int i = 0; i < count; ++i) {
        const X509_NAME_ENTRY* entry = X509_NAME_get_entry(name, i);
        if (objectMatches(X509_NAME_ENTRY_get_object(entry), field))
            values.append(asn1StringToText(X509_NAME_ENTRY_get_data(entry)));
    }
    return values;
}

// Lower-case hex without leading zeros, "0" for zero, "-" in front of a (non-conforming)
// negative serial; the form CLI.md fixes for serial_hex.
QString integerToHex(const ASN1_INTEGER* value)
{
    if (!value)
        return {};
    Handle<BIGNUM, BN_free> number(ASN1_INTEGER_to_BN(value, nullptr));
    if (!number)
        return {};
    Handle<char, freeOpenSslString> hex(BN_bn2hex(number.get()));
    if (!hex)
        return {};
    QString text = QString::fromLatin1(hex.get()).toLower();
    const bool negative = text.startsWith(QLatin1Char('-'));
    if (negative)
        text.remove(0, 1);
    qsizetype zeros = 0;
    while (zeros < text.size() - 1 && text.at(zeros) == QLatin1Char('0'))
        ++zeros;
    text.remove(0, zeros);
    if (text.isEmpty())
        text = QStringLiteral("0");
    return negative && text != QLatin1String("0") ? QLatin1Char('-') + text : text;
}

// The caller owns the result (ASN1_INTEGER_free); null when the text is not hex.
ASN1_INTEGER* hexToInteger(const QString& hex)
{
    QString digits = hex.trimmed();
    digits.remove(QLatin1Char(':'));
    if (digits.isEmpty())
        return nullptr;
    BIGNUM* raw = nullptr;
    const QByteArray latin = digits.toLatin1();
    if (BN_hex2bn(&raw, latin.constData()) != int(latin.size())) {
        BN_free(raw);
        return nullptr;
    }
    Handle<BIGNUM, BN_free> number(raw);
    return BN_to_ASN1_INTEGER(number.get(), nullptr);
}

namespace {
// RFC 5280 5.3.1 (7 is unused).
const char* const kReasonNames[] = {"unspecified",   "keyCompromise",        "cACompromise",    "affiliationChanged",
                                    "superseded",    "cessationOfOperation", "certificateHold", nullptr,
                                    "removeFromCRL", "privilegeWithdrawn",   "aACompromise"};
} // namespace

QString crlReasonName(long code)
{
    if (code < 0 || code >= long(std::size(kReasonNames)) || !kReasonNames[code])
        return QString::number(code);
    return QString::fromLatin1(kReasonNames[code]);
}

int crlReasonCode(const QString& name)
{
    for (int code = 0; code < int(std::size(kReasonNames)); ++code) {
        if (kReasonNames[code] && name.compare(QLatin1String(kReasonNames[code]), Qt::CaseInsensitive) == 0)
            return code;
    }
    return -1;
}

QByteArray memoryBioBytes(BIO* bio)
{
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    if (length <= 0 || !data)
        return {};
    return QByteArray(data, int(length));
}

} // namespace hocbaso::crypto::detail
