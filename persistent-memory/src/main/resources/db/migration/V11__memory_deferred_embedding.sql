-- Commit first, embed after (issue 5): a turn's items are stored without waiting for their vectors,
-- and a background embedder fills them in. Until then embedding and embedding_model are null, and
-- the item is found by its words only. Every existing row has both, so all of them stay valid.

alter table memory_item alter column embedding drop not null;
alter table memory_item alter column embedding_model drop not null;

-- a vector is never stored without the id of the model that made it, nor a model id without a vector
alter table memory_item add constraint memory_item_embedding_model_ck
    check ((embedding is null) = (embedding_model is null));

-- what the embedder still has to do (it pages through this after a start): current items only, as an
-- item that was superseded or forgotten before its vector came is never searched
create index memory_item_missing_vector_idx on memory_item (id)
    where embedding is null and valid_until is null;
