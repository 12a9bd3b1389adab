#include "SigningKeys.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace hocbaso::services {
QString SigningKeys::pathBeside(const QString& databasePath)
{
    return databasePath + QStringLiteral(".keys.json");
}

Result<SigningKeys> SigningKeys::load(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::notFound(
            QCoreApplication::translate(
                "hocbaso::services::SigningKeys",
                "The simulation key file %1 cannot be read (it is made by `demo` beside the database).")
                .arg(path));
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
    if (!doc.isObject())
        return Error::invalid(
            QCoreApplication::translate("hocbaso::services::SigningKeys", "The simulation key file %1 is damaged.")
                .arg(path));
    SigningKeys keys;
    for (const QJsonValue& v : doc.object().value(QStringLiteral("keys")).toArray()) {
        const QJsonObject o = v.toObject();
        auto certs = crypto::Certificate::fromBytes(o.value(QStringLiteral("certificate")).toString().toLatin1());
        auto key = crypto::PrivateKey::fromPem(o.value(QStringLiteral("key")).toString().toLatin1());
        if (!certs || certs->isEmpty() || !key)
            return Error::invalid(
                QCoreApplication::translate("hocbaso::services::SigningKeys", "The simulation key file %1 is damaged.")
                    .arg(path));
        keys.add({o.value(QStringLiteral("role")).toString(), o.value(QStringLiteral("school")).toString(),
                  o.value(QStringLiteral("holder")).toString(), certs->first(), *key});
    }
    return keys;
}

Status SigningKeys::save(const QString& path) const
{
    QJsonArray arr;
    for (const Entry& e : m_entries) {
        arr.append(QJsonObject{{QStringLiteral("role"), e.role},
                               {QStringLiteral("school"), e.school},
                               {QStringLiteral("holder"), e.holder},
                               {QStringLiteral("sha256"), e.certificate.sha256Hex()},
                               {QStringLiteral("certificate"), QString::fromLatin1(e.certificate.toPem())},
                               {QStringLiteral("key"), QString::fromLatin1(e.key.toPem())}});
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error::storage(
            QCoreApplication::translate("hocbaso::services::SigningKeys", "Cannot write the simulation key file %1.")
                .arg(path));
    f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    f.write(QJsonDocument(QJsonObject{{QStringLiteral("keys"), arr}}).toJson(QJsonDocument::Indented));
    if (!f.commit())
        return Error::storage(
            QCoreApplication::translate("hocbaso::services::SigningKeys", "Cannot write the simulation key file %1.")
                .arg(path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return {};
}

void SigningKeys::replace(const Entry& e)
{
    m_entries.removeIf([&e](const QHash<QString, Entry>::iterator it) {
        return it.value().school == e.school && it.value().role == e.role;
    });
    add(e);
}

const SigningKeys::Entry* SigningKeys::bySha256(const QString& sha256) const
{
    auto it = m_entries.constFind(sha256);
    return it == m_entries.constEnd() ? nullptr : &it.value();
}

const SigningKeys::Entry* SigningKeys::find(const QString& schoolCode, const QString& role, const QString& holder) const
{
    for (const Entry& e : m_entries) {
        if (e.school == schoolCode && e.role == role && (holder.isEmpty() || e.holder == holder))
            return &e;
    }
    return nullptr;
}

} // namespace hocbaso::services
