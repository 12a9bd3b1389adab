#pragma once

#include "Page.h"

#include <memory>

namespace hocbaso::ui {

namespace Ui {
class RecordLookupPage;
}

// 6.3: find records by name, personal ID, school or lookup code.
class RecordLookupPage : public Page
{
    Q_OBJECT
public:
    explicit RecordLookupPage(QWidget* parent = nullptr);
    ~RecordLookupPage() override;

    void setSession(Session* session) override;

public Q_SLOTS:
    void clear() override;

protected:
    void retranslate() override;

private:
    std::unique_ptr<Ui::RecordLookupPage> m_ui;
};

} // namespace hocbaso::ui
