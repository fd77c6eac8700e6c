// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/jobs/jobfactory.h"

#include <algorithm>

namespace core::jobs {

void JobFactory::registerKind(const QString &kind, Creator creator)
{
    m_creators.insert(kind, std::move(creator));
}

QStringList JobFactory::kinds() const
{
    QStringList names = m_creators.keys();
    std::sort(names.begin(), names.end());
    return names;
}

util::Result<std::unique_ptr<Job>> JobFactory::create(const QString &kind, const QVariantMap &parameters) const
{
    const auto it = m_creators.constFind(kind);
    if (it == m_creators.constEnd())
        return util::makeError(util::ErrorCode::UnknownKey, "no job kind '" + kind.toStdString() + "'");
    return (*it)(parameters);
}

} // namespace core::jobs
