#include "DemoGenerator.h"

#include "store/MetaRepository.h"

#include "AuditLog.h"
#include "DemoPki.h"
#include "NameGenerator.h"
#include "SigningKeys.h"
#include "Tt27Content.h"
#include "core/Grades.h"
#include "core/LookupCode.h"
#include "core/PersonalId.h"
#include "core/Random.h"
#include "core/VietnameseText.h"
#include "crypto/PasswordHash.h"
#include "store/CertificateRepository.h"
#include "store/ClassRepository.h"
#include "store/LockRepository.h"
#include "store/PupilRepository.h"
#include "store/RecordRepository.h"
#include "store/RevocationRepository.h"
#include "store/SchoolRepository.h"
#include "store/TrustRepository.h"
#include "store/UnitRepository.h"
#include "store/UserRepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonObject>
#include <QSet>
#include <QUuid>

#include <algorithm>
#include <cmath>

namespace hocbaso::services {
namespace {

using crypto::PrivateKey;
using Signer = DemoSigner;

struct SchoolInfo
{
    School school;
    QString unitPlace;
    const DemoPki::Authority* issuer = nullptr; // the intermediate that issues this school's certificates
    Signer seal;
    Signer principal;
    bool canSend = true; // false while the school's only seal is pending
};

// What happens to one record over its life in the demo.
enum class Fate
{
    Draft,
    Confirmed,
    Sent,
    SentWithPendingRequest,
    SentWithRejectedRequest,
    Revoked,
    SentAgain
};

QString seededUuid(Random& rng)
{
    // A version-4 UUID from the seeded generator, so the same seed gives the same lookup codes.
    QByteArray bytes(16, Qt::Uninitialized);
    const quint64 a = rng.next(), b = rng.next();
    for (int i = 0; i < 8; ++i) {
        bytes[i] = char((a >> (8 * i)) & 0xff);
        bytes[8 + i] = char((b >> (8 * i)) & 0xff);
    }
    bytes[6] = char((bytes[6] & 0x0f) | 0x40);
    bytes[8] = char((bytes[8] & 0x3f) | 0x80);
    return LookupCode::fromUuid(QUuid::fromRfc4122(bytes));
}

const QStringList kRevocationReasons = {
    QStringLiteral("Sai điểm kiểm tra cuối năm môn Toán, cần điều chỉnh."),
    QStringLiteral("Sai ngày sinh của học sinh so với giấy khai sinh."),
    QStringLiteral("Nhận xét của giáo viên chủ nhiệm bị nhập nhầm với học sinh khác."),
    QStringLiteral("Sai họ tên học sinh (thiếu dấu)."),
    QStringLiteral("Cập nhật lại kết quả đánh giá phẩm chất, năng lực."),
};

const QStringList kRejectNotes = {
    QStringLiteral("Thông tin trên học bạ đã chính xác, không cần thu hồi."),
    QStringLiteral("Lý do thu hồi chưa rõ ràng, đề nghị nhà trường bổ sung minh chứng."),
};

} // namespace

class DemoGenerator::Impl
{
public:
    Impl(ServiceContext& ctx, const DemoOptions& o)
        : m_ctx(ctx), m_o(o), m_rng(o.seed), m_pki(m_rng), m_units(ctx.db), m_schools(ctx.db), m_classes(ctx.db),
          m_pupils(ctx.db), m_records(ctx.db), m_certs(ctx.db), m_trust(ctx.db), m_users(ctx.db), m_locks(ctx.db),
          m_revocations(ctx.db)
    {}

    Result<DemoSummary> run()
    {
        auto names = NameGenerator::load();
        if (!names)
            return names.error();
        m_names.emplace(std::move(*names));
        auto existing = m_units.count();
        if (!existing)
            return existing.error();
        if (*existing > 0)
            return Error::refused(QCoreApplication::translate(
                "hocbaso::services::DemoGenerator", "The store already holds data; the demo needs an empty store."));

        m_today = m_ctx.clock.today();
        m_currentYear = SchoolYear::containing(m_today).startYear;
        m_base = QDateTime(m_today, QTime(8, 0), Qt::UTC);

        m_tx.emplace(m_ctx.db);
        if (!m_tx->isOpen())
            return m_tx->status().error();
        progress(
            0, QCoreApplication::translate("hocbaso::services::DemoGenerator", "Creating the certificate authorities"));
        if (auto s = m_pki.build(m_trust, m_base); !s)
            return s.error();
        if (auto s = createUnitsAndSchools(); !s)
            return s.error();
        if (auto s = createUsers(); !s)
            return s.error();
        for (qsizetype i = 0; i < m_schoolInfos.size(); ++i) {
            progress(
                int(5 + 90 * i / std::max<qsizetype>(1, m_schoolInfos.size())),
                QCoreApplication::translate("hocbaso::services::DemoGenerator", "Creating pupils and records of %1")
                    .arg(m_schoolInfos[i].school.name));
            if (m_o.cancelled && m_o.cancelled())
                return Error::refused(
                    QCoreApplication::translate("hocbaso::services::DemoGenerator", "The demo was cancelled."));
            if (auto s = checkpoint(); !s)
                return s.error();
            if (auto s = createCertificates(m_schoolInfos[i], int(i)); !s)
                return s.error();
            if (auto s = createPupilsAndRecords(m_schoolInfos[i]); !s)
                return s.error();
        }
        progress(96, QCoreApplication::translate("hocbaso::services::DemoGenerator", "Setting lock dates"));
        if (auto s = createLocks(); !s)
            return s.error();
        // The window shows a demo store as such ("DỮ LIỆU MẪU"): nobody should take its pupils for
        // real ones, nor decide on them thinking they are.
        if (auto s = store::MetaRepository(m_ctx.db).set(QStringLiteral("demo"), QString::number(m_o.seed)); !s)
            return s.error();
        if (auto s = m_tx->commit(); !s)
            return s.error();
        m_tx.reset();
        if (!m_o.keyFilePath.isEmpty() && m_o.signatures) {
            if (auto s = m_keys.save(m_o.keyFilePath); !s)
                return s.error();
        }
        progress(100, QCoreApplication::translate("hocbaso::services::DemoGenerator", "Done"));
        m_summary.units = m_unitRows.size() + 1; // the communes and their Sở
        m_summary.schools = m_schoolInfos.size();
        return m_summary;
    }

private:
    // In bench mode, commits what is done and starts a new transaction.
    Status checkpoint()
    {
        if (!m_o.commitPerSchool)
            return {};
        if (auto s = m_tx->commit(); !s)
            return s;
        m_tx.emplace(m_ctx.db);
        return m_tx->status();
    }

    void progress(int percent, const QString& step)
    {
        if (m_o.progress)
            m_o.progress(percent, step);
    }

    QDateTime daysAgo(int days, int minutes = 0) const { return m_base.addDays(-days).addSecs(60 * minutes); }

    // --- Units, schools, users ---------------------------------------------------------------

    Status createUnitsAndSchools()
    {
        // A province as it is since 2025-07-01: one Sở GD&ĐT above N communes (UBND xã/phường), the
        // schools spread over the communes. The communes are made first, so that they keep the ids
        // 1..N that a store of one level had (tests and scripts name "unit 1").
        QSet<QString> unitPlaces, schoolPlaces;
        const int units = std::max(1, m_o.units);
        for (int u = 0; u < units; ++u) {
            Unit unit;
            unit.code = QStringLiteral("XA%1").arg(u + 1, 2, 10, QLatin1Char('0'));
            const QString place = m_names->uniquePlace(unitPlaces, true, m_rng);
            unit.name = (u % 3 == 1 ? QStringLiteral("UBND phường %1") : QStringLiteral("UBND xã %1")).arg(place);
            unit.level = UnitLevel::Xa;
            auto id = m_units.insert(unit);
            if (!id)
                return id.error();
            unit.id = *id;
            m_unitRows.append(unit);
            m_unitPlaces.append(place);
        }
        m_top.code = QStringLiteral("SGD");
        m_top.name = QStringLiteral("Sở GD&ĐT %1").arg(m_names->uniquePlace(unitPlaces, true, m_rng));
        m_top.level = UnitLevel::So;
        auto top = m_units.insert(m_top);
        if (!top)
            return top.error();
        m_top.id = *top;
        for (Unit& unit : m_unitRows) {
            unit.parentId = m_top.id;
            if (auto st = m_units.setParent(unit.id, m_top.id); !st)
                return st;
        }
        m_summary.unitTree.append(m_top);
        m_summary.unitTree.append(m_unitRows);
        const int total = std::max(1, m_o.schools);
        for (int k = 0; k < total; ++k) {
            const int u = k % units;
            SchoolInfo info;
            School& s = info.school;
            const int seqInUnit = k / units + 1;
            s.code =
                QStringLiteral("TH%1%2").arg(u + 1, 2, 10, QLatin1Char('0')).arg(seqInUnit, 3, 10, QLatin1Char('0'));
            // About one school in eight is private (tư thục); those may use a public CA.
            s.ownership = (k % 8 == 5) ? Ownership::Private : Ownership::Public;
            const QString place = m_names->uniquePlace(schoolPlaces, false, m_rng);
            s.name = s.ownership == Ownership::Private ? QStringLiteral("Trường Tiểu học Tư thục %1").arg(place)
                                                       : QStringLiteral("Trường Tiểu học %1").arg(place);
            s.unitId = m_unitRows.at(u).id;
            s.unitCode = m_unitRows.at(u).code;
            s.taxCode = QStringLiteral("01%1").arg(m_rng.between(10000000, 99999999));
            s.address = QStringLiteral("%1, %2").arg(place, m_unitPlaces.at(u));
            auto id = m_schools.insert(s);
            if (!id)
                return id.error();
            s.id = *id;
            info.unitPlace = m_unitPlaces.at(u);
            info.issuer = &m_pki.schoolIssuer(s.ownership);
            m_schoolInfos.append(info);
        }
        return {};
    }

    Status addUser(const QString& name, Role role, const Unit& unit, const SchoolInfo* school)
    {
        const QString username = name + m_o.usernameSuffix;
        User u;
        u.username = username;
        u.displayName = m_names->fullName(m_rng.chance(0.6) ? Gender::Female : Gender::Male, m_rng);
        u.role = role;
        u.unitId = unit.id;
        u.schoolId = school ? school->school.id : 0;
        u.passwordHash = m_passwordHash;
        u.createdAt = daysAgo(420);
        auto id = m_users.insert(u);
        if (!id)
            return id.error();
        if (m_o.loginRoles && m_ctx.db.isPostgres()) {
            const QString verifier = crypto::ScramVerifier::make(m_o.password);
            if (verifier.isEmpty())
                return Error::internal(QCoreApplication::translate("hocbaso::services::DemoGenerator",
                                                                   "The password could not be hashed."));
            if (auto s = m_users.createLoginRole(username, verifier); !s)
                return s;
        }
        m_summary.users.append({username, role, unit.code, school ? school->school.code : QString()});
        return AuditLog(m_ctx).append(
            unit.id, QStringLiteral("user.add"), QStringLiteral("user"), username,
            QJsonObject{{QStringLiteral("role"), toText(role)},
                        {QStringLiteral("unit"), unit.code},
                        {QStringLiteral("school"), school ? school->school.code : QString()}});
    }

    Status createUsers()
    {
        // One hash for every demo user: Argon2id is slow on purpose, and they share the password.
        m_passwordHash = crypto::PasswordHash::hash(m_o.password);
        if (m_passwordHash.isEmpty())
            return Error::internal(
                QCoreApplication::translate("hocbaso::services::DemoGenerator", "The password could not be hashed."));
        // The Sở's people work on every commune's schools; `admin` administers the whole province.
        if (auto s = addUser(QStringLiteral("admin"), Role::Admin, m_top, nullptr); !s)
            return s;
        if (auto s = addUser(QStringLiteral("canboso"), Role::Officer, m_top, nullptr); !s)
            return s;
        for (qsizetype u = 0; u < m_unitRows.size(); ++u) {
            const Unit& unit = m_unitRows.at(u);
            if (auto s = addUser(QStringLiteral("admin%1").arg(u + 1), Role::Admin, unit, nullptr); !s)
                return s;
            if (auto s = addUser(QStringLiteral("canbo%1").arg(u + 1), Role::Officer, unit, nullptr); !s)
                return s;
            if (auto s = addUser(QStringLiteral("xem%1").arg(u + 1), Role::Viewer, unit, nullptr); !s)
                return s;
            const SchoolInfo* first = nullptr;
            for (const SchoolInfo& info : m_schoolInfos) {
                if (info.school.unitId == unit.id) {
                    first = &info;
                    break;
                }
            }
            if (first) {
                if (auto s = addUser(QStringLiteral("truong%1").arg(u + 1), Role::School, unit, first); !s)
                    return s;
            }
        }
        return {};
    }

    Actor officerOf(qint64 unitId) const
    {
        Actor a;
        for (qsizetype u = 0; u < m_unitRows.size(); ++u) {
            if (m_unitRows.at(u).id == unitId)
                a.username = QStringLiteral("canbo%1").arg(u + 1) + m_o.usernameSuffix;
        }
        a.role = Role::Officer;
        a.unitId = unitId;
        return a;
    }

    Status audit(const Actor& actor, qint64 unitId, const QString& action, const QString& entity,
                 const QString& entityId, const QJsonObject& detail)
    {
        ServiceContext ctx{m_ctx.db, m_ctx.clock, actor, m_ctx.ruleDateOverride};
        return AuditLog(ctx).append(unitId, action, entity, entityId, detail);
    }

    // --- Certificates ------------------------------------------------------------------------

    Result<qint64> registerCertificate(const SchoolInfo& info, const Signer& s, CertificateKind kind,
                                       SignerPosition position, CertificateStatus status, const QString& reason,
                                       int submittedDaysAgo)
    {
        CertificateRegistration c;
        c.schoolId = info.school.id;
        c.kind = kind;
        c.holder = kind == CertificateKind::Signer ? s.name : QString();
        c.position = position;
        c.status = status;
        c.der = s.cert.der();
        c.sha256 = s.cert.sha256Hex();
        c.subject = s.cert.subject();
        c.issuer = s.cert.issuer();
        c.serialHex = s.cert.serialHex();
        c.notBefore = s.cert.notBefore();
        c.notAfter = s.cert.notAfter();
        c.submittedAt = daysAgo(submittedDaysAgo);
        c.submittedBy = QStringLiteral("school:%1").arg(info.school.code);
        const Actor officer = officerOf(info.school.unitId);
        if (status != CertificateStatus::Pending) {
            c.decidedAt = daysAgo(submittedDaysAgo - 2);
            c.decidedBy = officer.username;
            c.decisionReason = reason;
        }
        auto id = m_certs.insert(c);
        if (!id)
            return id.error();
        ++m_summary.certificates;
        if (status != CertificateStatus::Pending) {
            const QString action = status == CertificateStatus::Approved ? QStringLiteral("certificate.approve")
                                                                         : QStringLiteral("certificate.reject");
            QJsonObject detail{{QStringLiteral("school"), info.school.code},
                               {QStringLiteral("kind"), toText(kind)},
                               {QStringLiteral("sha256"), c.sha256}};
            if (!reason.isEmpty())
                detail.insert(QStringLiteral("reason"), reason);
            if (auto s2 = audit(officer, info.school.unitId, action, QStringLiteral("certificate"),
                                QString::number(*id), detail);
                !s2)
                return s2.error();
        }
        return id;
    }

    Status createCertificates(SchoolInfo& info, int k)
    {
        const DemoPki::Authority& ca = *info.issuer;
        // The seal and the principal's certificate are issued and approved before the first record
        // they sign, however many school years the demo holds (receipt verification checks both at
        // signing time).
        const int firstYear = m_currentYear - std::max(1, m_o.years) + 1;
        const int approvedDaysAgo = std::max(400, int(QDate(firstYear, 9, 1).daysTo(m_today)) + 30);
        const QDateTime nb = daysAgo(approvedDaysAgo + 100), na = daysAgo(-3 * 365);
        // The seal that signs this school's records.
        auto seal = m_pki.issue(ca, DemoPki::sealSubject(info.school, info.unitPlace), nb, na);
        if (!seal)
            return seal.error();
        info.seal = *seal;
        info.seal.name = info.school.name;
        info.principal.name = m_names->fullName(m_rng.chance(0.6) ? Gender::Female : Gender::Male, m_rng);
        auto principal = m_pki.issue(
            ca,
            DemoPki::personSubject(info.school.name, QStringLiteral("Hiệu trưởng"), info.principal.name, info.unitPlace,
                                   QStringLiteral("CCCD:001%1").arg(m_rng.between(100000000, 999999999))),
            nb, na);
        if (!principal)
            return principal.error();
        const QString principalName = info.principal.name;
        info.principal = *principal;
        info.principal.name = principalName;

        // The states a reviewer meets (DOMAIN.md, 6.1), spread over the first schools.
        const bool onlySealPending = k == 0;
        info.canSend = !onlySealPending;
        const CertificateStatus sealStatus = onlySealPending ? CertificateStatus::Pending : CertificateStatus::Approved;
        auto sealId = registerCertificate(info, info.seal, CertificateKind::Unit, SignerPosition::None, sealStatus, {},
                                          onlySealPending ? 3 : approvedDaysAgo);
        if (!sealId)
            return sealId.error();
        info.seal.registrationId = *sealId;
        auto principalId =
            registerCertificate(info, info.principal, CertificateKind::Signer, SignerPosition::Principal,
                                onlySealPending ? CertificateStatus::Pending : CertificateStatus::Approved, {},
                                onlySealPending ? 3 : approvedDaysAgo);
        if (!principalId)
            return principalId.error();
        info.principal.registrationId = *principalId;
        m_keys.add({QStringLiteral("seal"), info.school.code, info.school.name, info.seal.cert, info.seal.key});
        m_keys.add({QStringLiteral("principal"), info.school.code, info.principal.name, info.principal.cert,
                    info.principal.key});

        if (k == 1) {
            // A renewal that arrived already expired.
            auto expired =
                m_pki.issue(ca, DemoPki::sealSubject(info.school, info.unitPlace), daysAgo(800), daysAgo(10));
            if (!expired)
                return expired.error();
            if (auto id = registerCertificate(info, *expired, CertificateKind::Unit, SignerPosition::None,
                                              CertificateStatus::Pending, {}, 5);
                !id)
                return id.error();
        } else if (k == 2) {
            // A renewal with a key too weak to accept (RSA 1024).
            auto weak = m_pki.issue(ca, DemoPki::sealSubject(info.school, info.unitPlace), daysAgo(20), daysAgo(-700),
                                    PrivateKey::generateRsa(1024));
            if (!weak)
                return weak.error();
            if (auto id = registerCertificate(info, *weak, CertificateKind::Unit, SignerPosition::None,
                                              CertificateStatus::Pending, {}, 4);
                !id)
                return id.error();
        } else if (k == 3) {
            // An earlier registration, rejected because it named another organisation.
            auto wrong = m_pki.issue(ca,
                                     DemoPki::sealSubject(info.school, info.unitPlace,
                                                          QStringLiteral("Công ty TNHH Thiết bị Giáo dục Hà Thành")),
                                     daysAgo(600), daysAgo(-500));
            if (!wrong)
                return wrong.error();
            if (auto id = registerCertificate(info, *wrong, CertificateKind::Unit, SignerPosition::None,
                                              CertificateStatus::Rejected,
                                              QStringLiteral("Chứng thư số không mang tên nhà trường."), 450);
                !id)
                return id.error();
        } else if (k == 4) {
            // A vice-principal's signing account waiting for review.
            const QString vice = m_names->fullName(Gender::Female, m_rng);
            auto vp = m_pki.issue(ca, DemoPki::personSubject(info.school.name, QStringLiteral("Phó Hiệu trưởng"), vice),
                                  daysAgo(30), daysAgo(-700));
            if (!vp)
                return vp.error();
            Signer s = *vp;
            s.name = vice;
            if (auto id = registerCertificate(info, s, CertificateKind::Signer, SignerPosition::VicePrincipal,
                                              CertificateStatus::Pending, {}, 2);
                !id)
                return id.error();
        }
        return {};
    }

    // --- Pupils, classes, records ------------------------------------------------------------

    QString newPersonalId(int birthYear, Gender g)
    {
        const QStringList& provinces = PersonalId::provinceCodes();
        for (;;) {
            const QString province = m_rng.chance(0.85) ? QStringLiteral("001") : m_rng.pick(provinces);
            const QString id = QStringLiteral("%1%2%3%4")
                                   .arg(province)
                                   .arg(PersonalId::centuryGenderDigit(birthYear, g))
                                   .arg(birthYear % 100, 2, 10, QLatin1Char('0'))
                                   .arg(m_rng.between(0, 999999), 6, 10, QLatin1Char('0'));
            if (!m_personalIds.contains(id)) {
                m_personalIds.insert(id);
                return id;
            }
        }
    }

    Fate pickFate(bool currentYear, bool canSend)
    {
        const double r = m_rng.unit();
        Fate f;
        if (currentYear) {
            f = r < 0.35    ? Fate::Draft
                : r < 0.57  ? Fate::Confirmed
                : r < 0.95  ? Fate::Sent
                : r < 0.975 ? Fate::SentWithPendingRequest
                : r < 0.985 ? Fate::SentWithRejectedRequest
                : r < 0.993 ? Fate::Revoked
                            : Fate::SentAgain;
        } else {
            f = r < 0.02    ? Fate::Draft
                : r < 0.05  ? Fate::Confirmed
                : r < 0.97  ? Fate::Sent
                : r < 0.98  ? Fate::SentWithRejectedRequest
                : r < 0.985 ? Fate::Revoked
                            : Fate::SentAgain;
        }
        if (!canSend && f != Fate::Draft)
            f = Fate::Confirmed;
        return f;
    }

    // A record's TT27 content and its SHA-256 (hex).
    struct Content
    {
        QByteArray bytes;
        QString sha256;
    };

    Content contentFor(int grade, const QString& className, int year)
    {
        const auto generate = [&] {
            Content c;
            c.bytes =
                RecordContent::generate(grade, className, SchoolYear{year}.label(), m_rng, *m_names).canonicalBytes();
            c.sha256 = crypto::sha256Hex(c.bytes);
            return c;
        };
        if (!m_o.contentPool)
            return generate();
        // Bench datasets: a pool of real generated contents per grade (hashed once) keeps a million
        // records fast to build while their sizes and shapes stay those of real content.
        QList<Content>& pool = m_contentPool[grade];
        if (pool.size() < 64) {
            pool.append(generate());
            return pool.last();
        }
        return pool.at(m_rng.between(0, int(pool.size()) - 1));
    }

    Status sign(const SchoolInfo& info, const Signer& teacher, qint64 recordId, int version, const QByteArray& content,
                const QDateTime& at)
    {
        if (!m_o.signatures)
            return {};
        auto signatures = DemoPki::signRecord(content, at, teacher, info.principal, info.seal);
        if (!signatures)
            return signatures.error();
        for (const Signature& made : *signatures) {
            Signature sig = made;
            sig.recordId = recordId;
            sig.version = version;
            if (auto id = m_records.insertSignature(sig); !id)
                return id.error();
        }
        return {};
    }

    struct PupilPlan
    {
        Pupil pupil;
        QString nameSort;
        int currentGrade = 1;
    };

    Status createPupilsAndRecords(SchoolInfo& info)
    {
        const int schools = int(m_schoolInfos.size());
        const int index = int(&info - m_schoolInfos.data());
        // Spread pupils over schools with some variation, keeping the total exact.
        const int base = m_o.students / schools;
        const int count = base + (index < m_o.students % schools ? 1 : 0);
        QList<PupilPlan> plans;
        plans.reserve(count);
        for (int i = 0; i < count; ++i) {
            PupilPlan p;
            p.currentGrade = 1 + (i % 5);
            const Gender g = m_rng.chance(0.51) ? Gender::Male : Gender::Female;
            const int birthYear = m_currentYear - 5 - p.currentGrade;
            p.pupil.fullName = m_names->fullName(g, m_rng);
            p.pupil.gender = g;
            p.pupil.birthDate = QDate(birthYear, 1, 1).addDays(m_rng.between(0, 364));
            p.pupil.personalId = newPersonalId(birthYear, g);
            p.pupil.schoolId = info.school.id;
            p.nameSort = text::nameSortKey(p.pupil.fullName);
            auto id = m_pupils.insert(p.pupil, p.nameSort);
            if (!id)
                return id.error();
            p.pupil.id = *id;
            plans.append(p);
        }
        m_summary.students += count;

        const int firstYear = m_currentYear - std::max(1, m_o.years) + 1;
        const Actor officer = officerOf(info.school.unitId);
        for (int year = firstYear; year <= m_currentYear; ++year) {
            const bool current = year == m_currentYear;
            for (int grade : allGrades()) {
                QList<const PupilPlan*> inGrade;
                for (const PupilPlan& p : plans) {
                    if (p.currentGrade - (m_currentYear - year) == grade)
                        inGrade.append(&p);
                }
                if (inGrade.isEmpty())
                    continue;
                const int classCount = int((inGrade.size() + 34) / 35);
                QList<SchoolClass> classes;
                QList<Signer> teachers;
                for (int c = 0; c < classCount; ++c) {
                    SchoolClass sc;
                    sc.schoolId = info.school.id;
                    sc.schoolYear = year;
                    sc.grade = grade;
                    sc.name = QStringLiteral("%1%2").arg(grade).arg(QChar(char16_t(u'A' + c)));
                    sc.homeroomTeacher = m_names->fullName(m_rng.chance(0.85) ? Gender::Female : Gender::Male, m_rng);
                    auto id = m_classes.insert(sc);
                    if (!id)
                        return id.error();
                    sc.id = *id;
                    classes.append(sc);
                    Signer teacher;
                    teacher.name = sc.homeroomTeacher;
                    if (m_o.signatures) {
                        auto t = m_pki.issue(
                            m_pki.teacherIssuer(),
                            DemoPki::personSubject(info.school.name, QStringLiteral("Giáo viên"), sc.homeroomTeacher),
                            daysAgo(900), daysAgo(-900));
                        if (!t)
                            return t.error();
                        teacher.cert = t->cert;
                        teacher.key = t->key;
                        m_keys.add({QStringLiteral("teacher"), info.school.code, sc.homeroomTeacher, teacher.cert,
                                    teacher.key});
                    }
                    teachers.append(teacher);
                }
                for (qsizetype i = 0; i < inGrade.size(); ++i) {
                    const int c = int(i % classCount);
                    if (auto s = createRecord(info, *inGrade.at(i), year, grade, classes.at(c), teachers.at(c), current,
                                              officer);
                        !s)
                        return s;
                }
            }
        }
        return {};
    }

    Status createRecord(const SchoolInfo& info, const PupilPlan& plan, int year, int grade, const SchoolClass& sc,
                        const Signer& teacher, bool current, const Actor& officer)
    {
        Fate fate = pickFate(current, info.canSend);
        // Every unit gets at least one request to decide in 6.5, whatever the draw: a small demo
        // (or a test's) would otherwise leave a commune with nothing to show on that page.
        if (current && fate == Fate::Sent && !m_unitsWithPendingRequest.contains(info.school.unitId))
            fate = Fate::SentWithPendingRequest;
        if (current && fate == Fate::SentWithPendingRequest)
            m_unitsWithPendingRequest.insert(info.school.unitId);
        // When things happened: sends of past years before their receive lock (end of May), sends
        // of this year during the last weeks.
        QDateTime confirmedAt, sentAt;
        if (current) {
            const int maxBack = std::max(2, int(QDate(year, 8, 1).daysTo(m_today)));
            const int back = m_rng.between(1, std::min(40, maxBack));
            confirmedAt = daysAgo(back + 1, m_rng.between(0, 480));
            sentAt = daysAgo(back, m_rng.between(0, 480));
        } else {
            const QDateTime sendDay(QDate(year + 1, 5, 1).addDays(m_rng.between(0, 25)), QTime(9, 0), Qt::UTC);
            confirmedAt = sendDay.addDays(-2).addSecs(60 * m_rng.between(0, 480));
            sentAt = sendDay.addSecs(60 * m_rng.between(0, 480));
        }

        Record r;
        r.uuid = seededUuid(m_rng);
        r.pupilId = plan.pupil.id;
        r.schoolId = info.school.id;
        r.schoolYear = year;
        r.grade = grade;
        r.classId = sc.id;
        r.nameSort = plan.nameSort;
        r.updatedAt = fate == Fate::Draft ? daysAgo(m_rng.between(1, 30)) : sentAt;
        switch (fate) {
        case Fate::Draft:
            r.status = RecordStatus::Draft;
            break;
        case Fate::Confirmed:
            r.status = RecordStatus::Confirmed;
            break;
        case Fate::Revoked:
            r.status = RecordStatus::Revoked;
            break;
        default:
            r.status = RecordStatus::Sent;
            break;
        }
        r.version = fate == Fate::SentAgain ? 2 : 1;
        if (fate != Fate::Draft)
            r.confirmedAt = confirmedAt;
        if (r.status == RecordStatus::Sent || fate == Fate::Revoked)
            r.sentAt = sentAt;
        auto id = m_records.insert(r);
        if (!id)
            return id.error();
        r.id = *id;
        ++m_summary.records;

        const Content generated = contentFor(grade, sc.name, year);
        const QByteArray& content = generated.bytes;
        RecordVersion v;
        v.recordId = r.id;
        v.version = 1;
        v.content = content;
        v.contentSha256 = generated.sha256;
        const bool revokedFirst = fate == Fate::Revoked || fate == Fate::SentAgain;
        const QDateTime revokedAt = sentAt.addDays(3);
        switch (fate) {
        case Fate::Draft:
            v.status = RecordStatus::Draft;
            break;
        case Fate::Confirmed:
            v.status = RecordStatus::Confirmed;
            break;
        case Fate::Revoked:
        case Fate::SentAgain:
            v.status = RecordStatus::Revoked;
            break;
        default:
            v.status = RecordStatus::Sent;
            break;
        }
        if (fate != Fate::Draft)
            v.confirmedAt = confirmedAt;
        if (v.status == RecordStatus::Sent || revokedFirst)
            v.sentAt = sentAt;
        if (revokedFirst)
            v.revokedAt = revokedAt;
        if (auto vid = m_records.insertVersion(v); !vid)
            return vid.error();
        if (fate != Fate::Draft) {
            if (auto s = sign(info, teacher, r.id, 1, content, confirmedAt); !s)
                return s;
        }

        if (fate == Fate::SentAgain) {
            // Corrected after the revocation, confirmed and sent again under the same lookup code.
            const Content correctedContent = contentFor(grade, sc.name, year);
            const QByteArray& corrected = correctedContent.bytes;
            RecordVersion v2;
            v2.recordId = r.id;
            v2.version = 2;
            v2.status = RecordStatus::Sent;
            v2.content = corrected;
            v2.contentSha256 = correctedContent.sha256;
            v2.confirmedAt = revokedAt.addDays(1);
            v2.sentAt = revokedAt.addDays(1).addSecs(3600);
            if (auto vid = m_records.insertVersion(v2); !vid)
                return vid.error();
            if (auto s = sign(info, teacher, r.id, 2, corrected, v2.confirmedAt); !s)
                return s;
            if (auto s = m_records.updateStatus(
                    [&] {
                        Record again = r;
                        again.confirmedAt = v2.confirmedAt;
                        again.sentAt = v2.sentAt;
                        again.updatedAt = v2.sentAt;
                        return again;
                    }(),
                    r.status, 1);
                !s)
                return s.error();
        }

        if (revokedFirst || fate == Fate::SentWithPendingRequest || fate == Fate::SentWithRejectedRequest) {
            RevocationRequest req;
            req.recordId = r.id;
            req.recordVersion = 1;
            req.reason = m_rng.pick(kRevocationReasons);
            req.requestedAt = sentAt.addDays(1);
            req.requestedBy = QStringLiteral("school:%1").arg(info.school.code);
            if (fate == Fate::SentWithPendingRequest) {
                req.status = RevocationStatus::Pending;
                req.requestedAt = std::min(sentAt.addDays(1), daysAgo(0));
            } else {
                req.status = revokedFirst ? RevocationStatus::Approved : RevocationStatus::Rejected;
                req.decidedAt = sentAt.addDays(revokedFirst ? 3 : 2);
                req.decidedBy = officer.username;
                if (!revokedFirst)
                    req.decisionNote = m_rng.pick(kRejectNotes);
            }
            auto rid = m_revocations.insert(req);
            if (!rid)
                return rid.error();
            ++m_summary.revocationRequests;
            if (req.status != RevocationStatus::Pending) {
                QJsonObject detail{{QStringLiteral("uuid"), r.uuid}, {QStringLiteral("school"), info.school.code}};
                if (!req.decisionNote.isEmpty())
                    detail.insert(QStringLiteral("note"), req.decisionNote);
                if (auto s =
                        audit(officer, info.school.unitId,
                              revokedFirst ? QStringLiteral("revocation.approve") : QStringLiteral("revocation.reject"),
                              QStringLiteral("revocation_request"), QString::number(*rid), detail);
                    !s)
                    return s;
            }
        }
        return {};
    }

    // --- Lock settings -----------------------------------------------------------------------

    Status createLocks()
    {
        // Past school years were locked at their end; the current year's dates are usually set in
        // spring, so the demo leaves them to the officer (with no setting, there is no lock).
        const int firstYear = m_currentYear - std::max(1, m_o.years) + 1;
        const int lastLockedYear = m_currentYear - 1;
        for (const Unit& unit : m_unitRows) {
            const Actor officer = officerOf(unit.id);
            for (int year = firstYear; year <= lastLockedYear; ++year) {
                for (int grade : allGrades()) {
                    LockSetting s;
                    s.unitId = unit.id;
                    s.schoolYear = year;
                    s.grade = grade;
                    s.receiveLock = QDate(year + 1, 5, 31);
                    s.revokeLock = QDate(year + 1, 6, 30);
                    s.updatedAt = daysAgo(60);
                    s.updatedBy = officer.username;
                    if (auto st = m_locks.upsert(s); !st)
                        return st;
                }
            }
            if (firstYear > lastLockedYear)
                continue;
            QJsonObject detail{{QStringLiteral("grades"), QStringLiteral("1-5")},
                               {QStringLiteral("receive"), QDate(lastLockedYear + 1, 5, 31).toString(Qt::ISODate)},
                               {QStringLiteral("revoke"), QDate(lastLockedYear + 1, 6, 30).toString(Qt::ISODate)},
                               {QStringLiteral("year"), SchoolYear{lastLockedYear}.label()}};
            if (auto st = audit(officer, unit.id, QStringLiteral("lock.set"), QStringLiteral("lock_setting"), unit.code,
                                detail);
                !st)
                return st;
        }
        // One school of the first unit had its own, earlier receive lock for grade 5 last year.
        for (const SchoolInfo& info : m_schoolInfos) {
            if (firstYear > lastLockedYear)
                break;
            if (info.school.unitId != m_unitRows.first().id || &info == &m_schoolInfos.first())
                continue;
            LockSetting s;
            s.unitId = info.school.unitId;
            s.schoolYear = lastLockedYear;
            s.schoolId = info.school.id;
            s.grade = 5;
            s.receiveLock = QDate(lastLockedYear + 1, 5, 25);
            s.updatedAt = daysAgo(30);
            s.updatedBy = officerOf(info.school.unitId).username;
            if (auto st = m_locks.upsert(s); !st)
                return st;
            if (auto st = audit(officerOf(info.school.unitId), info.school.unitId, QStringLiteral("lock.set"),
                                QStringLiteral("lock_setting"), info.school.code,
                                QJsonObject{{QStringLiteral("grade"), 5},
                                            {QStringLiteral("receive"), s.receiveLock.toString(Qt::ISODate)},
                                            {QStringLiteral("school"), info.school.code},
                                            {QStringLiteral("year"), SchoolYear{lastLockedYear}.label()}});
                !st)
                return st;
            break;
        }
        return {};
    }

    ServiceContext& m_ctx;
    DemoOptions m_o;
    std::optional<store::Transaction> m_tx;
    Random m_rng;
    DemoPki m_pki;
    std::optional<NameGenerator> m_names;
    store::UnitRepository m_units;
    store::SchoolRepository m_schools;
    store::ClassRepository m_classes;
    store::PupilRepository m_pupils;
    store::RecordRepository m_records;
    store::CertificateRepository m_certs;
    store::TrustRepository m_trust;
    store::UserRepository m_users;
    store::LockRepository m_locks;
    store::RevocationRepository m_revocations;

    QDate m_today;
    int m_currentYear = 0;
    QDateTime m_base;
    QList<Unit> m_unitRows; // the communes
    Unit m_top;             // the Sở above them
    QStringList m_unitPlaces;
    QList<SchoolInfo> m_schoolInfos;
    QSet<QString> m_personalIds;
    QSet<qint64> m_unitsWithPendingRequest; // units given a pending revocation request already
    QHash<int, QList<Content>> m_contentPool;
    QString m_passwordHash;
    SigningKeys m_keys;
    DemoSummary m_summary;
};

DemoGenerator::DemoGenerator(ServiceContext& ctx, DemoOptions options) : m_ctx(ctx), m_options(std::move(options)) {}

DemoGenerator::~DemoGenerator() = default;

Result<DemoSummary> DemoGenerator::run()
{
    if (m_options.schools < 1 || m_options.units < 1 || m_options.students < 0 || m_options.years < 1)
        return Error::invalid(QCoreApplication::translate(
            "hocbaso::services::DemoGenerator", "The demo needs at least one unit, one school and one school year."));
    if (m_options.password.isEmpty())
        return Error::invalid(QCoreApplication::translate("hocbaso::services::DemoGenerator",
                                                          "The demo users need a password (--password)."));
    Impl impl(m_ctx, m_options);
    return impl.run();
}

} // namespace hocbaso::services
