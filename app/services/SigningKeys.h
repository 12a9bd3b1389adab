#pragma once

#include "core/Result.h"
#include "crypto/Certificate.h"
#include "crypto/PrivateKey.h"

#include <QHash>
#include <QString>

namespace hocbaso::services {

// The simulation key file: the demo's private keys, standing in for the schools' USB tokens.
// It lives beside the database (never inside the store), mode 0600, and the school-side commands
// (record confirm) sign with it.
class SigningKeys
{
public:
    struct Entry
    {
        QString role;   // seal | principal | teacher
        QString school; // school code
        QString holder; // person or school name
        crypto::Certificate certificate;
        crypto::PrivateKey key;
    };

    static QString pathBeside(const QString& databasePath);
    static Result<SigningKeys> load(const QString& path);
    Status save(const QString& path) const;

    void add(const Entry& e) { m_entries.insert(e.certificate.sha256Hex(), e); }
    // A school's new token for its seal or its principal (one of each per school): the school's
    // older keys of that role give way, so that find() signs with the new one.
    void replace(const Entry& e);
    const Entry* bySha256(const QString& sha256) const;
    // A key of that school and role (the first if several).
    const Entry* find(const QString& schoolCode, const QString& role, const QString& holder = {}) const;
    qsizetype size() const { return m_entries.size(); }

private:
    QHash<QString, Entry> m_entries;
};

} // namespace hocbaso::services
