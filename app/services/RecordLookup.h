#pragma once

#include "ServiceContext.h"

#include <optional>

namespace hocbaso::services {

// 6.3 Tra cứu học bạ số: what the officer typed, checked and turned into a query.
struct LookupRequest
{
    QString name;       // any form: NFC/NFD, any case, đ/Đ/Ð, old or new tone placement
    QString personalId; // 12 digits exact, or a prefix of at least 6
    QString schoolCode;
    QString lookupCode; // any case, with or without braces
    std::optional<int> schoolYear;
    int grade = 0;
    std::optional<RecordStatus> status;
    // Only records whose current version receipt verification found invalid ("chữ ký không hợp lệ").
    bool invalidSignature = false;
    int limit = 100;
    int offset = 0;
    // Keyset paging (the GUI's lazy model): rows after this one.
    QString afterNameSort;
    qint64 afterId = 0;
    bool withTotal = true;
};

struct LookupResult
{
    // -1 when not asked for, unless the first page holds every match (then it is known for free).
    qint64 total = -1;
    QList<RecordListing> rows;
};

class RecordLookup
{
public:
    explicit RecordLookup(ServiceContext& ctx) : m_ctx(ctx) {}
    // Refuses malformed IDs and lookup codes with a sentence, never an empty list.
    Result<LookupResult> find(const LookupRequest& request);
    // The number of matches alone: search as you type shows a first page before its count.
    Result<qint64> count(const LookupRequest& request);
    static Status validate(const LookupRequest& request);

private:
    ServiceContext& m_ctx;
};

} // namespace hocbaso::services
