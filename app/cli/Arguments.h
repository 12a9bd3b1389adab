#pragma once

#include <QHash>
#include <QSet>
#include <QStringList>

#include <optional>

namespace hocbaso::cli {

// hocbaso-cli's command line: words (the command and its operands) and options, which may appear
// anywhere ("--db x demo --seed 7" and "demo --db x --seed 7" are the same). Options that take a
// value accept "--opt value" and "--opt=value" and may repeat (--grade 1 --grade 2).
class Arguments
{
public:
    static std::optional<Arguments> parse(const QStringList& args, QString* error);

    const QStringList& words() const { return m_words; }
    bool has(const QString& name) const { return m_flags.contains(name) || m_values.contains(name); }
    QString value(const QString& name, const QString& fallback = {}) const;
    QStringList values(const QString& name) const { return m_values.value(name); }

    static const QSet<QString>& valueOptions();
    static const QSet<QString>& flagOptions();

private:
    QStringList m_words;
    QSet<QString> m_flags;
    QHash<QString, QStringList> m_values;
};

} // namespace hocbaso::cli
