#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace hocbaso {

QString systemLanguage()
{
    const QLocale sys = QLocale::system();
    return sys.language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("vi");
}

QString installTranslations(const QString& language)
{
    static QTranslator* app = nullptr;
    static QTranslator* qt = nullptr;
    const QString lang = language.isEmpty() ? systemLanguage() : language;
    for (QTranslator** t : {&app, &qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    app = new QTranslator;
    if (app->load(QStringLiteral(":/i18n/hocbaso_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(app);
    qt = new QTranslator;
    if (qt->load(QStringLiteral("qtbase_%1").arg(lang), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    QLocale::setDefault(lang == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedStates)
                                                    : QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    return lang;
}

} // namespace hocbaso
