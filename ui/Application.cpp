#include "Application.h"

#include "AppSettings.h"
#include "LoginDialog.h"
#include "PasswordVault.h"
#include "Prompter.h"
#include "ScreenshotRunner.h"
#include "SessionController.h"
#include "core/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>

namespace hocbaso::ui {

int runApplication(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("hocbaso"));
    QApplication::setApplicationName(QStringLiteral("hocbaso"));
    QApplication::setApplicationVersion(QStringLiteral(HOCBASO_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/hocbaso.svg")));
    // The controller decides when the program ends (the sign-in window hides while a session runs).
    QApplication::setQuitOnLastWindowClosed(false);

    // The help text in the system's language; the chosen language comes after parsing.
    installTranslations(QString());
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("hocbaso::ui::Application", "Digital school records for education offices."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QCoreApplication::translate("hocbaso::ui::Application", "Sign in to the database file PATH."),
        QStringLiteral("PATH"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QCoreApplication::translate("hocbaso::ui::Application", "Language of the program: vi or en."),
        QStringLiteral("LANG"));
    const QCommandLineOption userOption(
        QStringLiteral("user"), QCoreApplication::translate("hocbaso::ui::Application", "Fill in the username NAME."),
        QStringLiteral("NAME"));
    QCommandLineOption screenshotOption(QStringLiteral("screenshot-dir"),
                                        QStringLiteral("Save screenshots into DIR and quit (tools/screenshots.sh)."),
                                        QStringLiteral("DIR"));
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({dbOption, langOption, userOption, screenshotOption});
    parser.process(app);

    const QString screenshotDir = parser.value(screenshotOption);
    // Screenshots leave the user's own settings (last username, profile) alone.
    QTemporaryDir scratch;
    std::unique_ptr<AppSettings> settings =
        screenshotDir.isEmpty() ? std::make_unique<AppSettings>()
                                : std::make_unique<AppSettings>(scratch.filePath(QStringLiteral("settings.ini")));

    QString language = parser.value(langOption);
    if (!language.isEmpty() && language != QLatin1String("vi") && language != QLatin1String("en")) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("hocbaso::ui::Application", "--lang must be vi or en.")));
        return 2;
    }
    if (language.isEmpty())
        language = settings->language();
    installTranslations(language);

    SystemClock clock;
    MessageBoxPrompter prompter;
    SessionController controller(*settings, prompter, clock);
    // Screenshots show the program as a first-time user sees it, without anybody's keychain.
    SystemPasswordVault vault;
    if (screenshotDir.isEmpty())
        controller.setPasswordVault(&vault);
    QObject::connect(&controller, &SessionController::quitRequested, &app, &QCoreApplication::quit,
                     Qt::QueuedConnection);
    if (parser.isSet(dbOption))
        controller.setDatabaseOverride(QDir::fromNativeSeparators(parser.value(dbOption)));
    if (parser.isSet(userOption))
        controller.loginDialog()->setUsername(parser.value(userOption));

    int exitCode = 0;
    std::unique_ptr<ScreenshotRunner> screenshots;
    if (!screenshotDir.isEmpty()) {
        screenshots =
            std::make_unique<ScreenshotRunner>(controller, screenshotDir, qEnvironmentVariable("HOCBASO_PASSWORD"));
        QObject::connect(screenshots.get(), &ScreenshotRunner::finished, &app, [&exitCode](int code) {
            exitCode = code;
            QCoreApplication::quit();
        });
        screenshots->start();
    }
    controller.start();
    const int loopCode = app.exec();
    return screenshots ? exitCode : loopCode;
}

} // namespace hocbaso::ui
