-- Process contracts (issue 12): a selectionRound case finds its round, a districtDemandCollection
-- case its collection, by the process instance id linked to the row (never by a variable).
create index ix_selection_round_process on selection_round (process_instance_id);
create index ix_demand_collection_process on demand_collection (process_instance_id);
