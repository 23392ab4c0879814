package dev.ami.memory.assistant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** An assistant registered at run time by an admin, stored as its manifest (JSON). */
@Entity
@Table(name = "custom_assistant")
public class CustomAssistantEntity {

    @Id
    @Column(length = 100)
    public String id;

    @Column(nullable = false)
    public String manifest;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
