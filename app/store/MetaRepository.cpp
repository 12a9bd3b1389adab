#include "MetaRepository.h"

namespace hocbaso::store {

Result<QString> MetaRepository::get(const QString& key)
{
    auto q = m_db.run(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key});
    if (!q)
        return q.error();
    QString v;
    if ((*q)->next())
        v = (*q)->value(0).toString();
    (*q)->finish();
    return v;
}

Status MetaRepository::set(const QString& key, const QString& value)
{
    auto q = m_db.run(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                      {key, value});
    return q ? Status() : Status(q.error());
}

} // namespace hocbaso::store
