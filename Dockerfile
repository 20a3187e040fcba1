# Multi-stage build: Maven builds the Quarkus app, a slim JRE 17 runs it as a non-root user.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src ./src
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 1001 --home-dir /app selving
WORKDIR /app
COPY --from=build --chown=selving /src/target/quarkus-app/ ./
COPY --chown=selving surveys ./surveys
RUN mkdir -p /app/data && chown selving /app/data
USER selving
VOLUME /app/data
EXPOSE 8080
ENV JAVA_OPTS="-Dquarkus.http.host=0.0.0.0"
CMD ["sh", "-c", "exec java $JAVA_OPTS -jar quarkus-run.jar"]
