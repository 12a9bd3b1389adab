#include "Cli.h"

#include "Arguments.h"
#include "CliContext.h"
#include "Commands.h"
#include "core/Translations.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <functional>

namespace hocbaso::cli {
namespace {

QString helpText()
{
    return QCoreApplication::translate(
               "hocbaso::cli",
               "hocbaso-cli: digital school records (học bạ số) for education offices, from the command line.\n"
               "\n"
               "Global options: --db PATH | --pg CONNINFO, --user NAME (password from HOCBASO_PASSWORD), "
               "--today YYYY-MM-DD, --json, --yes, --lang vi|en, --version\n"
               "\n"
               "Commands:\n"
               "  init                      create or upgrade the store\n"
               "  init --admin NAME [--display-name TEXT]   and add its first administrator, of the whole store\n"
               "                            (the new password from HOCBASO_NEW_PASSWORD or a prompt)\n"
               "  demo [--seed N] [--units N] [--schools N] [--students N] [--years N] --password P\n"
               "  info                      what the store holds\n"
               "  school list [--unit CODE] the schools (of a unit and the units below it)\n"
               "  unit add CODE --name TEXT --level so|phong|xa [--parent CODE]   add a managing unit\n"
               "  unit list, unit rename CODE --name TEXT, unit move CODE --parent CODE, unit close CODE\n"
               "  school add CODE --name TEXT --unit CODE --ownership public|private [--tax-code T] [--address T]\n"
               "  school update CODE [--name TEXT] [--ownership public|private] [--tax-code T] [--address T]\n"
               "  school move CODE --unit CODE, school close CODE   (administrators, within their units)\n"
               "  user add NAME --role admin|officer|viewer|school --unit CODE [--school CODE] [--display-name TEXT]\n"
               "                            add a user (administrators; the new password from HOCBASO_NEW_PASSWORD\n"
               "                            or a prompt, never an argument)\n"
               "  user list, user disable NAME, user enable NAME, user unlock NAME   the users and their state\n"
               "  audit list [--limit N]    the latest audit events\n"
               "  audit verify              recompute the audit hash chains\n"
               "  lookup [--name Q] [--pid ID] [--school CODE] [--uuid U] [--year Y] [--grade N] [--status S]\n"
               "         [--limit N] [--offset N]   find records (6.3)\n"
               "  record show UUID          a record with its versions and signatures\n"
               "  record verify UUID        verify a record's signatures\n"
               "  record verify --all [--school CODE] [--year Y] [--unverified]\n"
               "                            verify every sent record (exit 1 naming each invalid one)\n"
               "  cert inspect FILE         check a certificate file against the trust store (no --user needed)\n"
               "  cert import --school CODE [--kind unit|signer] [--holder NAME]\n"
               "         [--position principal|vice_principal] FILE\n"
               "                            register a school's seal or a manager's signing account (school side)\n"
               "  cert list [--status S] [--school CODE] [--kind unit|signer] [--ca-revoked]\n"
               "                            registered certificates with their checks (6.1); --ca-revoked: only\n"
               "                            those their certificate authority revoked\n"
               "  cert show ID              one certificate with its checks and decisions\n"
               "  cert refresh [ID...]      ask the certificate authorities now (CRLs, OCSP)\n"
               "  cert approve ID... [--reason TEXT]   approve pending certificates (--yes if a check failed)\n"
               "  cert reject ID... --reason TEXT      reject pending certificates\n"
               "  cert revoke ID... --reason TEXT      revoke approved certificates\n"
               "  trust add FILE [--family vgca|public|test], trust list   the trusted CA certificates\n"
               "  crl add FILE, crl list    certificate revocation lists, verified against the trust store\n"
               "  record confirm UUID [--keys FILE], record send UUID      (school side)\n"
               "  lock set (--all | --school CODE...) [--grade N...] [--year Y] [--receive DATE] [--revoke DATE]\n"
               "  lock clear --school CODE [--grade N...] [--year Y], lock show [--school CODE] [--year Y]\n"
               "  revocation request UUID --reason TEXT   (school side)\n"
               "  revocation list [--school CODE] [--grade N] [--status S]\n"
               "  revocation approve ID..., revocation reject ID... --reason TEXT\n"
               "  school import FILE [--dry-run]   add and update schools from a CSV or .xlsx list, all or nothing\n"
               "  stats [--by unit] [--unit CODE] [--year Y] [--grade N] [--csv FILE] [--xlsx FILE] [--pdf FILE]\n"
               "  replica create --from CONNINFO --db PATH [--batch N]\n"
               "                            download your unit from the server into an offline copy (resumable)\n"
               "  sync --db PATH [--from CONNINFO]   send the offline copy's changes, bring it up to date\n"
               "\n"
               "Exit codes: 0 done, 1 refused or failed, 2 usage error.\n") +
           QCoreApplication::translate(
               "hocbaso::cli",
               "\nRead replica: --pg-read CONNINFO reads lookups, record details, lists and statistics from a "
               "read-only server (a streaming replica of the --pg server); every change still goes to --pg.\n") +
           QCoreApplication::translate(
               "hocbaso::cli",
               "\nBackups of a SQLite store:\n"
               "  backup --to FILE          a consistent copy of the store, taken while others work\n"
               "  backup --daily            today's copy in the backups folder beside the store (keeps 7)\n"
               "  restore --from FILE       check a copy and put it in the place of the store (--yes)\n"
               "  compact [--no-vacuum]     pack the record content of a store made before version 28, in\n"
               "                            place; it can be stopped and goes on where it stopped\n") +
           QCoreApplication::translate(
               "hocbaso::cli",
               "\nTo-do: todo [--below PERCENT] counts what waits in your units (pending certificates, approved "
               "ones expiring soon, pending revocation requests, schools below the share sent, lock dates in the "
               "next 14 days); cert list --expiring lists the certificates expiring within 30 days.\n");
}

// The value of --lang (as --lang X or --lang=X), the last one given; empty when absent.
QString languageOption(const QStringList& args)
{
    QString lang;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (a == QLatin1String("--"))
            break;
        if (a == QLatin1String("--lang") && i + 1 < args.size())
            lang = args.at(++i);
        else if (a.startsWith(QLatin1String("--lang=")))
            lang = a.mid(7);
    }
    return lang;
}

} // namespace

int run(const QStringList& arguments)
{
    QTextStream out(stdout), err(stderr);
    // The language first, so that even usage errors (an unknown option) speak it: read from the
    // raw arguments, since they may not parse.
    const QString lang = languageOption(arguments.mid(1));
    if (!lang.isEmpty() && lang != QLatin1String("vi") && lang != QLatin1String("en")) {
        installTranslations(QString());
        err << QCoreApplication::translate("hocbaso::cli", "--lang must be vi or en.") << "\n";
        return Usage;
    }
    installTranslations(lang);
    QString error;
    auto parsed = Arguments::parse(arguments.mid(1), &error);
    if (!parsed) {
        err << error << "\n" << QCoreApplication::translate("hocbaso::cli", "See: hocbaso-cli --help") << "\n";
        return Usage;
    }
    if (parsed->has(QStringLiteral("version"))) {
        out << "hocbaso-cli " << HOCBASO_VERSION << "\n";
        return Done;
    }
    if (parsed->has(QStringLiteral("help")) || parsed->words().isEmpty()) {
        out << helpText();
        return parsed->words().isEmpty() && !parsed->has(QStringLiteral("help")) ? Usage : Done;
    }
    CliContext c(*parsed, out, err);
    if (auto s = c.setupClock(); !s)
        return c.fail(s.error());
    static const QHash<QString, std::function<int(CliContext&)>> commands = {
        {QStringLiteral("init"), cmdInit},       {QStringLiteral("demo"), cmdDemo},
        {QStringLiteral("info"), cmdInfo},       {QStringLiteral("school"), cmdSchool},
        {QStringLiteral("audit"), cmdAudit},     {QStringLiteral("lookup"), cmdLookup},
        {QStringLiteral("record"), cmdRecord},   {QStringLiteral("cert"), cmdCert},
        {QStringLiteral("trust"), cmdTrust},     {QStringLiteral("crl"), cmdCrl},
        {QStringLiteral("lock"), cmdLock},       {QStringLiteral("revocation"), cmdRevocation},
        {QStringLiteral("stats"), cmdStats},     {QStringLiteral("user"), cmdUser},
        {QStringLiteral("replica"), cmdReplica}, {QStringLiteral("sync"), cmdSync},
        {QStringLiteral("unit"), cmdUnit},       {QStringLiteral("backup"), cmdBackup},
        {QStringLiteral("restore"), cmdRestore}, {QStringLiteral("todo"), cmdTodo},
        {QStringLiteral("compact"), cmdCompact},
    };
    const QString command = parsed->words().first();
    const auto it = commands.constFind(command);
    if (it == commands.constEnd())
        return c.usage(QCoreApplication::translate("hocbaso::cli", "Unknown command \"%1\".").arg(command));
    return it.value()(c);
}

} // namespace hocbaso::cli
