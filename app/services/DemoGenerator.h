#pragma once

#include "ServiceContext.h"

#include <functional>

namespace hocbaso::services {

// Builds a realistic province for demonstration, tests and benchmarks: a Sở GD&ĐT above `units`
// communes, and in them schools with Vietnamese names, pupils with realistic names and valid personal IDs, classes,
// several school years of records in every status with TT27 content, a test PKI with school seals
// and principals' certificates in every state a reviewer meets, CMS signatures, lock settings,
// revocation requests, users of every role and audit events. Deterministic for a seed (apart from
// the key material, which OpenSSL draws).
struct DemoOptions
{
    quint64 seed = 1;
    int units = 1;
    int schools = 12;
    int students = 3000; // pupils enrolled in the current school year
    int years = 2;       // school years with records, ending with the current one
    QString password;    // of every demo user
    // Central store (PostgreSQL): give every demo user a LOGIN role of that name with the password
    // (the CLI's demo does in central mode). An existing role of the name is taken over.
    bool loginRoles = false;
    // Appended to every demo username ("canbo1" + suffix). Login roles belong to the whole server, so
    // tests that run in parallel on one server keep their demo users apart with it.
    QString usernameSuffix;
    bool signatures = true;
    // Province-scale bench datasets: draw record contents from a pool instead of generating each.
    bool contentPool = false;
    // Province-scale bench datasets: commit school by school instead of one transaction for
    // everything; a failed build is simply rebuilt.
    bool commitPerSchool = false;
    QString keyFilePath; // where the simulation keys go (beside a SQLite file); empty = not saved
    std::function<void(int percent, const QString& step)> progress;
    // Asked between schools; true stops the generator, which then leaves the store as it was
    // (unless commitPerSchool has already committed some schools).
    std::function<bool()> cancelled;
};

struct DemoUser
{
    QString username;
    Role role = Role::Viewer;
    QString unitCode;
    QString schoolCode;
};

struct DemoSummary
{
    qint64 units = 0;
    qint64 schools = 0;
    qint64 students = 0;
    qint64 records = 0;
    qint64 certificates = 0;
    qint64 revocationRequests = 0;
    QList<DemoUser> users;
    QList<Unit> unitTree; // the Sở first, then its communes (parentId set)
};

class DemoGenerator
{
public:
    DemoGenerator(ServiceContext& ctx, DemoOptions options);
    ~DemoGenerator();
    Result<DemoSummary> run();

private:
    class Impl;
    ServiceContext& m_ctx;
    DemoOptions m_options;
};

} // namespace hocbaso::services
