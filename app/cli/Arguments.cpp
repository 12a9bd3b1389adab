#include "Arguments.h"

#include <QCoreApplication>

namespace hocbaso::cli {

const QSet<QString>& Arguments::valueOptions()
{
    static const QSet<QString> names = {
        QStringLiteral("db"),       QStringLiteral("pg"),          QStringLiteral("user"),
        QStringLiteral("today"),    QStringLiteral("lang"),        QStringLiteral("seed"),
        QStringLiteral("units"),    QStringLiteral("schools"),     QStringLiteral("students"),
        QStringLiteral("years"),    QStringLiteral("password"),    QStringLiteral("role"),
        QStringLiteral("unit"),     QStringLiteral("school"),      QStringLiteral("display-name"),
        QStringLiteral("family"),   QStringLiteral("kind"),        QStringLiteral("holder"),
        QStringLiteral("position"), QStringLiteral("status"),      QStringLiteral("reason"),
        QStringLiteral("note"),     QStringLiteral("grade"),       QStringLiteral("year"),
        QStringLiteral("receive"),  QStringLiteral("revoke"),      QStringLiteral("pdf"),
        QStringLiteral("name"),     QStringLiteral("pid"),         QStringLiteral("uuid"),
        QStringLiteral("limit"),    QStringLiteral("offset"),      QStringLiteral("csv"),
        QStringLiteral("xlsx"),     QStringLiteral("from"),        QStringLiteral("records"),
        QStringLiteral("sslmode"),  QStringLiteral("sslrootcert"), QStringLiteral("keys"),
        QStringLiteral("batch"),    QStringLiteral("page"),        QStringLiteral("level"),
        QStringLiteral("parent"),   QStringLiteral("ownership"),   QStringLiteral("tax-code"),
        QStringLiteral("address"),  QStringLiteral("admin"),       QStringLiteral("by"),
        QStringLiteral("pg-read"),  QStringLiteral("to"),          QStringLiteral("below"),
        QStringLiteral("action"),   QStringLiteral("actor"),       QStringLiteral("since"),
        QStringLiteral("until"),    QStringLiteral("entity"),      QStringLiteral("entity-id")};
    return names;
}

const QSet<QString>& Arguments::flagOptions()
{
    static const QSet<QString> names = {
        QStringLiteral("json"),    QStringLiteral("yes"),        QStringLiteral("version"),
        QStringLiteral("all"),     QStringLiteral("help"),       QStringLiteral("no-signatures"),
        QStringLiteral("dry-run"), QStringLiteral("unverified"), QStringLiteral("ca-revoked"),
        QStringLiteral("daily"),   QStringLiteral("expiring"),   QStringLiteral("no-vacuum")};
    return names;
}

std::optional<Arguments> Arguments::parse(const QStringList& args, QString* error)
{
    Arguments a;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        if (optionsEnded || !arg.startsWith(QLatin1String("--")) || arg == QLatin1String("-")) {
            a.m_words.append(arg);
            continue;
        }
        if (arg == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        QString name = arg.mid(2);
        std::optional<QString> inlineValue;
        if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
            inlineValue = name.mid(eq + 1);
            name = name.left(eq);
        }
        if (flagOptions().contains(name)) {
            if (inlineValue) {
                *error = QCoreApplication::translate("hocbaso::cli", "The option --%1 takes no value.").arg(name);
                return std::nullopt;
            }
            a.m_flags.insert(name);
        } else if (valueOptions().contains(name)) {
            if (!inlineValue) {
                if (i + 1 >= args.size()) {
                    *error = QCoreApplication::translate("hocbaso::cli", "The option --%1 needs a value.").arg(name);
                    return std::nullopt;
                }
                inlineValue = args.at(++i);
            }
            a.m_values[name].append(*inlineValue);
        } else {
            *error = QCoreApplication::translate("hocbaso::cli", "Unknown option --%1.").arg(name);
            return std::nullopt;
        }
    }
    return a;
}

QString Arguments::value(const QString& name, const QString& fallback) const
{
    const QStringList v = m_values.value(name);
    return v.isEmpty() ? fallback : v.last();
}

} // namespace hocbaso::cli
