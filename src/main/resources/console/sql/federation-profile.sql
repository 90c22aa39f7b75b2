SELECT fp.union_orgs, fp.members, fp.app_registered, fp.app_registration_rate, fp.activity_members,
       fp.activity_participation_rate, fp.activity_visits, fp.assisted_people, fp.assistance_yuan,
       fp.unionised_firms, fp.collective_contract_coverage, fp.workers_congress_coverage,
       fp.received_at, fp.approval_state
FROM mart.federation_profile fp
WHERE fp.period = :period AND fp.federation_code = :federation
